import type { CSSProperties } from 'react';
import { t } from '@/utils/i18n';
import { MARK_KINDS, MARK_STYLES, type MarkKind } from '@/utils/mark-styles';

const LABEL: Record<MarkKind, string> = { warning: 'legendWarning', hint: 'legendHint', private: 'legendPrivate' };

/** The same mark as on the page (set through the DOM, which the pages' CSP allows). */
const sample = (kind: MarkKind): CSSProperties => ({
  textDecorationLine: 'underline',
  textDecorationStyle: MARK_STYLES[kind].line,
  textDecorationColor: MARK_STYLES[kind].color,
  textDecorationThickness: '2px',
  textUnderlineOffset: '3px',
  backgroundColor: MARK_STYLES[kind].background,
});

/** What the coach's marks on the page mean, how they differ from the spell-checker's, and how to open their card. */
export function MarkLegend() {
  return (
    <details className="mark-legend" data-testid="mark-legend">
      <summary>{t('legendTitle')}</summary>
      <ul>
        {MARK_KINDS.map((kind) => (
          <li key={kind} data-mark={kind}>
            <span style={sample(kind)}>{t('legendSample')}</span> {t(LABEL[kind])}
          </li>
        ))}
        <li data-mark="spelling">{t('legendSpelling')}</li>
      </ul>
      <p>{t('legendCard', t('shortcutCard'))}</p>
    </details>
  );
}
