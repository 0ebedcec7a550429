import { useMemo } from 'react';
import { linkedinFold, threadLabel, xThread } from '@/analyzers/site-rules/preview';
import type { BoxKind, Platform } from '@/analyzers/kit/types';
import { t } from '@/utils/i18n';

/** How much of the hidden part to show: enough to see what the fold cuts, not the whole post again. */
const BELOW_SHOWN = 140;

function LinkedInFoldView({ text }: { text: string }) {
  const { fold, shown } = useMemo(() => linkedinFold(text), [text]);
  if (fold === null) return <p data-testid="linkedin-whole">{t('previewLinkedinWhole')}</p>;
  const rest = text.slice(fold).replace(/^\s+/u, '');
  const below = [...rest].slice(0, BELOW_SHOWN).join('');
  const more = [...rest].length - [...below].length;
  return (
    <>
      <p>{t('previewLinkedinFold')}</p>
      <div className="feed-post" data-testid="linkedin-fold" data-fold={fold}>
        <p className="above" data-testid="above-fold">
          {shown}
          <span className="see-more" aria-hidden="true">
            {' '}
            {t('previewSeeMore')}
          </span>
        </p>
        <p className="below-label">{t('previewBelowFold')}</p>
        <p className="below" data-testid="below-fold">
          {below}
          {more > 0 && ` ${t('previewMoreChars', String(more))}`}
        </p>
      </div>
    </>
  );
}

function XThreadView({ text }: { text: string }) {
  const { weight, limit, posts } = useMemo(() => xThread(text), [text]);
  const over = posts.length > 1;
  return (
    <>
      <p data-testid="x-count" data-over={over || undefined}>
        <strong>{t('previewXCount', String(weight), String(limit))}</strong>{' '}
        {over ? t('previewXThread', String(posts.length)) : t('previewXFits')}
      </p>
      {over && (
        <ol className="thread" data-testid="x-thread">
          {posts.map((post, i) => {
            const label = threadLabel(i + 1, posts.length);
            return (
              <li key={post.start} data-testid="thread-post" data-weight={post.weight}>
                <span className="post-meta">{t('previewThreadPost', label, String(post.weight), String(limit))}</span>
                <p className="post-text">
                  {post.text} <span className="thread-label">{label}</span>
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}

/**
 * The draft as it will look once published: LinkedIn's "…see more" fold on a
 * post, X's weighted count and thread split. Nothing for Facebook, whose feed
 * folds by the reader's screen.
 */
export function PostPreview({ text, platform, kind }: { text: string; platform: Platform; kind: BoxKind }) {
  const linkedin = platform === 'linkedin' && kind === 'post';
  if ((!linkedin && platform !== 'x') || text.trim() === '') return null;
  return (
    <section className="preview" data-testid="post-preview" data-platform={platform} aria-labelledby="preview-title">
      <h2 id="preview-title">{t('previewTitle')}</h2>
      {linkedin ? <LinkedInFoldView text={text} /> : <XThreadView text={text} />}
    </section>
  );
}
