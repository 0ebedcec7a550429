import { useMemo, useState } from 'react';
import { analyze, PLATFORMS } from '@/analyzers';
import type { Platform } from '@/analyzers/kit/types';
import { t } from '@/utils/i18n';
import { FindingList } from './FindingList';

/** Paste a draft, see what the coach says: the minimal working surface until live coaching lands. */
export function DraftChecker() {
  const [text, setText] = useState('');
  const [platform, setPlatform] = useState<Platform>('linkedin');
  const report = useMemo(() => (text.trim() ? analyze(text, { platform }) : null), [text, platform]);

  return (
    <section className="checker">
      <label htmlFor="draft">{t('draftLabel')}</label>
      <textarea id="draft" value={text} onChange={(e) => setText(e.target.value)} rows={6} />
      <label htmlFor="platform">{t('platformLabel')}</label>
      <select id="platform" value={platform} onChange={(e) => setPlatform(e.target.value as Platform)}>
        {PLATFORMS.map((p) => (
          <option key={p} value={p}>
            {t(`platform_${p}`)}
          </option>
        ))}
      </select>
      {report && (
        <>
          <p role="status" aria-live="polite" data-testid="score">
            {t('scoreLabel', String(report.score))}
          </p>
          <FindingList findings={report.findings} text={text} testId="findings" />
        </>
      )}
    </section>
  );
}
