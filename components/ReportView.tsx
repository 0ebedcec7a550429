import { useMemo, useRef, useState } from 'react';
import { LIMITS, siteLength } from '@/analyzers';
import type { BoxKind, Finding, Platform, Report } from '@/analyzers/kit/types';
import { findingKey } from '@/utils/finding-key';
import { t, tn } from '@/utils/i18n';
import { DraftView } from './DraftView';
import { FindingGroups } from './FindingGroups';
import { siteName, useRuleLabel } from './labels';
import { ScoreGauge, ScoreLine } from './ScoreGauge';
import { NormsCard } from './NormsCard';
import { MutedRuleList } from './MutedRuleList';
import { useSettings } from './settings-context';
import { useDraftNotes } from './use-draft-notes';

/** Longer than this, counting is not worth a frame: the site's counter says it anyway. */
const COUNT_MAX = 200_000;

/** The draft's length as the site counts it (X weighted), or null when too long to be worth counting. */
export function countedLength(text: string, platform: Platform): number | null {
  return text.length <= COUNT_MAX ? siteLength(text, platform) : null;
}

/** The findings still to show: those not dismissed for this draft (rules turned off or muted never reach a report). */
export function visibleFindings(report: Report, text: string, dismissed: readonly string[]) {
  const dismissedSet = new Set(dismissed);
  return report.findings.filter(
    (f) => !dismissedSet.has(findingKey(f.rule, f.start !== undefined ? text.slice(f.start, f.end) : undefined)),
  );
}

/**
 * One report, the way the side panel shows it. Learning mode: where it is
 * from, the gauge, what works, the draft with its marks, the team's norms and
 * the hints by category with every why open. Live mode: the score in a line
 * and the hints first, one line each, the rest below.
 */
export function ReportView({
  text,
  report,
  platform,
  kind,
  notesKey,
  testPrefix,
}: {
  text: string;
  report: Report;
  platform: Platform;
  kind: BoxKind;
  /** Where dismissed hints are remembered (tab and composer); null: not remembered. */
  notesKey: string | null;
  testPrefix: string;
}) {
  const settings = useSettings((s) => s.settings);
  const mute = useSettings((s) => s.mute);
  const [notes, updateNotes, notesError] = useDraftNotes(notesKey);
  const [current, setCurrent] = useState<number | null>(null);
  const draftRef = useRef<HTMLDivElement>(null);
  const findings = useMemo(() => visibleFindings(report, text, notes.dismissed), [report, text, notes.dismissed]);
  const hiddenByDismiss = report.findings.length - findings.length;
  const length = useMemo(() => countedLength(text, platform), [text, platform]);
  const limit = LIMITS[platform][kind];

  const show = (index: number) => {
    setCurrent(index);
    const mark = draftRef.current?.querySelector<HTMLElement>(`mark[data-starts~="${index}"]`);
    mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  const dismiss = (f: Finding) => {
    const key = findingKey(f.rule, f.start !== undefined ? text.slice(f.start, f.end) : undefined);
    updateNotes((n) => ({ ...n, dismissed: [...n.dismissed.filter((d) => d !== key), key] }));
  };

  const learning = settings.learningMode;
  const context = (
    <p className="context" data-testid={`${testPrefix}-context`}>
      {t('panelFor', siteName(platform), t(`kind_${kind}`))}
      {length !== null && (
        <span
          className="length"
          data-testid={`${testPrefix}-length`}
          data-count={length}
          data-limit={limit}
          data-over={length > limit || undefined}
        >
          {' · '}
          {t(length > limit ? 'lengthOver' : 'lengthOf', String(length), String(limit))}
        </span>
      )}
    </p>
  );
  const strengths = report.strengths.length > 0 && (
    <section className="strengths" aria-labelledby={`${testPrefix}-works`}>
      <h2 id={`${testPrefix}-works`}>{t('whatWorks')}</h2>
      <ul data-testid={`${testPrefix}-strengths`}>
        {report.strengths.map((s) => (
          <li key={s.id} data-strength={s.id}>
            {s.message}
          </li>
        ))}
      </ul>
    </section>
  );
  const draft = (
    <section aria-labelledby={`${testPrefix}-draft-title`}>
      <h2 id={`${testPrefix}-draft-title`}>{t('draftTitle')}</h2>
      <div ref={draftRef} className="draft-scroll">
        <DraftView text={text} findings={findings} current={current} testId={`${testPrefix}-draft`} />
      </div>
    </section>
  );
  const hints = (
    <section aria-labelledby={`${testPrefix}-hints`} className="hints">
      <h2 id={`${testPrefix}-hints`}>{t('hintsTitle', String(findings.length))}</h2>
      {findings.length === 0 ? (
        <p>{t('panelNoHints')}</p>
      ) : (
        <FindingGroups
          findings={findings}
          text={text}
          learning={learning}
          testId={`${testPrefix}-findings`}
          draftLang={report.language}
          actions={{ show, ...(notesKey && { dismiss }), mute: (rule) => void mute(rule) }}
        />
      )}
      {report.truncated && <p className="note">{t('truncatedNote', String(report.counts.findings))}</p>}
      {hiddenByDismiss > 0 && (
        <p className="note">
          {tn('dismissedCount', hiddenByDismiss)}{' '}
          <button type="button" onClick={() => updateNotes((n) => ({ ...n, dismissed: [] }))} data-action="restore">
            {t('showAgain')}
          </button>
        </p>
      )}
    </section>
  );

  return (
    <div className={learning ? 'report learning-mode' : 'report live-mode'} data-mode={learning ? 'learning' : 'live'}>
      {notesError && (
        <p role="alert" className="notice" data-testid="notes-error">
          {t('notesNotSaved', notesError)}
        </p>
      )}
      {learning ? (
        <>
          {context}
          <ScoreGauge report={report} findings={findings} idPrefix={testPrefix} />
          {strengths}
          {draft}
          {testPrefix === 'live' && <NormsCard />}
          {hints}
        </>
      ) : (
        // Live: the score in one line, then the hints; everything else below them.
        <>
          <div className="live-head">
            <ScoreLine report={report} idPrefix={testPrefix} />
            {context}
          </div>
          {hints}
          <ScoreGauge report={report} findings={findings} idPrefix={testPrefix} line={false} />
          {strengths}
          {draft}
        </>
      )}
    </div>
  );
}

/** What was muted everywhere, with a way back; the last mute can be undone at once. */
export function MutedRules() {
  const muted = useSettings((s) => s.settings.mutedRules);
  const justMuted = useSettings((s) => s.justMuted);
  const unmute = useSettings((s) => s.unmute);
  const ruleLabel = useRuleLabel();
  return (
    <section className="muted" aria-labelledby="muted-title" data-testid="muted-rules">
      {justMuted && muted.includes(justMuted) && (
        <p role="status" className="toast">
          {t('mutedNotice', ruleLabel(justMuted))}{' '}
          <button type="button" data-action="undo-mute" onClick={() => void unmute(justMuted)}>
            {t('undo')}
          </button>
        </p>
      )}
      <details>
        <summary id="muted-title">{t('mutedTitle', String(muted.length))}</summary>
        <MutedRuleList />
      </details>
    </section>
  );
}
