import { useMemo } from 'react';
import { sanitizeRichText } from '@/utils/rich-text';

/** A text with the small formatting subset (bold, italics, links), always through DOMPurify. */
export function RichText({ html, as: Tag = 'span' }: { html: string; as?: 'span' | 'p' | 'div' }) {
  const clean = useMemo(() => sanitizeRichText(html), [html]);
  return <Tag dangerouslySetInnerHTML={{ __html: clean }} />;
}
