import { useMemo, useState } from 'react';
import { analyze, PLATFORMS } from '@/analyzers';
import type { Platform } from '@/analyzers/kit/types';
import { t, uiLanguageOf } from '@/utils/i18n';
import { siteName } from './labels';
import { analysisOptions } from '@/utils/analysis-options';
import { ReportView } from './ReportView';
import { useSettings } from './settings-context';

/** Paste a draft, see what the coach says: for drafts written elsewhere. */
export function DraftChecker() {
  const [text, setText] = useState('');
  const [platform, setPlatform] = useState<Platform>('linkedin');
  const settings = useSettings((s) => s.settings);
  const packs = useSettings((s) => s.packs);
  const report = useMemo(
    () =>
      text.trim()
        ? analyze(text, {
            platform,
            ...analysisOptions(settings, { messageLang: uiLanguageOf(settings.uiLanguage), packs }),
          })
        : null,
    [text, platform, settings, packs],
  );

  return (
    <section className="checker">
      <label htmlFor="draft">{t('draftLabel')}</label>
      <textarea id="draft" value={text} onChange={(e) => setText(e.target.value)} rows={6} />
      <label htmlFor="platform">{t('platformLabel')}</label>
      <select id="platform" value={platform} onChange={(e) => setPlatform(e.target.value as Platform)}>
        {PLATFORMS.map((p) => (
          <option key={p} value={p}>
            {siteName(p)}
          </option>
        ))}
      </select>
      {report && (
        <ReportView text={text} report={report} platform={platform} kind="post" notesKey={null} testPrefix="checker" />
      )}
    </section>
  );
}
