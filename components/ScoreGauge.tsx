import { CORE_CATEGORIES } from '@/analyzers';
import type { Report } from '@/analyzers/kit/types';
import { t } from '@/utils/i18n';
import { bandOf, COMMUNITY_FROM, MIXED_FROM } from '@/utils/score-bands';
import { categoryLabel } from './labels';

/** One line on what moves the score most: the heaviest penalty, else the first thing that lifts it. */
export function readingOf(report: Report): string {
  const worst = report.scoreReasons.filter((r) => r.delta < 0).sort((a, b) => a.delta - b.delta)[0];
  if (worst) return t('readingDown', worst.message);
  const best = report.scoreReasons.find((r) => r.delta > 0);
  return best ? t('readingUp', best.message) : t('readingFlat');
}

/**
 * The community score as a gauge from "empire" to "community", with the three
 * core sub-scores. The number and the words carry the meaning; colour only repeats it.
 */
export function ScoreGauge({ report, idPrefix }: { report: Report; idPrefix: string }) {
  const band = bandOf(report.score);
  return (
    <section className="gauge" data-band={band} aria-labelledby={`${idPrefix}-gauge-title`}>
      <h2 id={`${idPrefix}-gauge-title`}>{t('gaugeTitle')}</h2>
      <div className="gauge-scale" aria-hidden="true">
        <span>{t('gaugeEmpire')}</span>
        <div className="gauge-track">
          <div className="gauge-marker" style={{ insetInlineStart: `${report.score}%` }} />
        </div>
        <span>{t('gaugeCommunity')}</span>
      </div>
      <p
        role="status"
        aria-live="polite"
        className="gauge-score"
        data-testid={`${idPrefix}-score`}
        data-score={report.score}
      >
        {t('scoreLabel', String(report.score))} · {t(`band_${band}`)}
      </p>
      <p className="gauge-reading" data-testid={`${idPrefix}-reading`}>
        {readingOf(report)}
      </p>
      <ul className="subscores">
        {CORE_CATEGORIES.map((category) => (
          <li key={category} data-subscore={category}>
            <span id={`${idPrefix}-sub-${category}`}>{categoryLabel(category)}</span>
            <meter
              aria-labelledby={`${idPrefix}-sub-${category}`}
              min={0}
              max={100}
              low={MIXED_FROM}
              high={COMMUNITY_FROM}
              optimum={100}
              value={report.subScores[category]}
            />
            <span>{report.subScores[category]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
