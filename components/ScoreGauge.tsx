import { CORE_CATEGORIES } from '@/analyzers';
import type { Category, Finding, Report } from '@/analyzers/kit/types';
import { t, tn } from '@/utils/i18n';
import { bandOf } from '@/utils/score-bands';

/** One line on what moves the score most: the heaviest penalty, else the first thing that lifts it. */
export function readingOf(report: Report): string {
  const worst = report.scoreReasons.filter((r) => r.delta < 0).sort((a, b) => a.delta - b.delta)[0];
  if (worst) return t('readingDown', worst.message);
  const best = report.scoreReasons.find((r) => r.delta > 0);
  return best ? t('readingUp', best.message) : t('readingFlat');
}

/** How many of these findings are about a category, counting what a merged house-rule hint stands for. */
export function countIn(findings: readonly Finding[], category: Category): number {
  return findings.filter((f) => f.category === category || f.covers?.some((c) => c.category === category)).length;
}

/** A core sub-score as words and a count: what is wrong, or a tick for what is right. */
export function subScoreText(category: Category, count: number): string {
  const key = `sub_${category.replace(/-/g, '_')}`;
  return count === 0 ? t(`${key}_none`) : tn(key, count);
}

/** The score, its band in words, announced when it changes. */
export function ScoreLine({ report, idPrefix }: { report: Report; idPrefix: string }) {
  return (
    <p
      role="status"
      aria-live="polite"
      className="gauge-score"
      data-testid={`${idPrefix}-score`}
      data-score={report.score}
      data-band={bandOf(report.score)}
    >
      {t('scoreLine', String(report.score), t(`band_${bandOf(report.score)}`))}
    </p>
  );
}

/** The three core sub-scores, as what the hints found in each. */
export function SubScores({ findings, idPrefix }: { findings: readonly Finding[]; idPrefix: string }) {
  return (
    <ul className="subscores" aria-label={t('subScoresTitle')} data-testid={`${idPrefix}-subscores`}>
      {CORE_CATEGORIES.map((category) => {
        const count = countIn(findings, category);
        return (
          <li key={category} data-subscore={category} data-count={count} data-state={count === 0 ? 'ok' : 'issue'}>
            {subScoreText(category, count)}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The community score on a scale from "empire" to "community", what moves it
 * most and the core sub-scores in words. `line: false` leaves the score line
 * out (live mode shows it above the hints). Colour only repeats the words.
 */
export function ScoreGauge({
  report,
  findings,
  idPrefix,
  line = true,
}: {
  report: Report;
  /** The hints shown, for the sub-scores' counts. */
  findings: readonly Finding[];
  idPrefix: string;
  line?: boolean;
}) {
  return (
    <section className="gauge" data-band={bandOf(report.score)} aria-labelledby={`${idPrefix}-gauge-title`}>
      <h2 id={`${idPrefix}-gauge-title`}>{line ? t('gaugeTitle') : t('subScoresTitle')}</h2>
      <div className="gauge-scale" aria-hidden="true">
        <span>{t('gaugeEmpire')}</span>
        <div className="gauge-track">
          <div className="gauge-marker" style={{ insetInlineStart: `${report.score}%` }} />
        </div>
        <span>{t('gaugeCommunity')}</span>
      </div>
      {line && <ScoreLine report={report} idPrefix={idPrefix} />}
      <p className="gauge-reading" data-testid={`${idPrefix}-reading`}>
        {readingOf(report)}
      </p>
      <SubScores findings={findings} idPrefix={idPrefix} />
    </section>
  );
}
