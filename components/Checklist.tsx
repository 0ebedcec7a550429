import type { BoxKind, Category, Finding } from '@/analyzers/kit/types';
import { LIMITS } from '@/analyzers';
import type { ComposerReport } from '@/utils/messages';
import type { DraftNotes } from '@/utils/draft-notes';
import { t, tn } from '@/utils/i18n';
import { offRules } from '@/utils/analysis-options';
import type { Settings } from '@/utils/settings';
import { countedLength, visibleFindings } from './ReportView';
import { plainText } from '@/utils/rich-text';

export type CheckState = 'pass' | 'fail' | 'todo';

interface AutoCheck {
  id: string;
  /** Fails on any shown finding of these categories or rules. */
  categories?: Category[];
  rules?: string[];
  /** Only for these kinds of box. */
  kinds?: BoxKind[];
  /** Only when the team has house rules. */
  needsPacks?: boolean;
}

/** Checks ticked from the report; ids are stable (`data-check`), texts come from _locales. */
export const AUTO_CHECKS: readonly AutoCheck[] = [
  { id: 'no-begging', categories: ['begging'] },
  { id: 'speaks-to-reader', categories: ['self-centred'] },
  { id: 'gives-something', categories: ['missing-value'] },
  { id: 'length-fits', rules: ['site-rules/too-long'] },
  { id: 'no-formulas', categories: ['formulas'] },
  { id: 'no-personal-data', categories: ['oversharing'] },
  { id: 'answers-the-person', categories: ['replies'], kinds: ['reply', 'comment'] },
  { id: 'house-rules', categories: ['house-rules'], needsPacks: true },
];

/** Questions only the writer can answer (seed 000's self-check questions). */
export const QUESTIONS = ['who-for', 'listened', 'would-read', 'why-posting'] as const;

export interface CheckResult {
  id: string;
  state: CheckState;
  reason: string;
}

/** A house-rule hint that stands for a built-in one (same words) fails that one's check too. */
const matches = (check: AutoCheck, f: Finding) =>
  [f, ...(f.covers ?? [])].some(
    (one) => (check.categories?.includes(one.category) ?? false) || (check.rules?.includes(one.rule) ?? false),
  );

/** The automatic checks for one draft; a check whose rules are all turned off is left out. */
export function autoChecks(
  entry: ComposerReport,
  settings: Settings,
  notes: DraftNotes,
  hasPacks: boolean,
): CheckResult[] {
  const off = offRules(settings);
  const shown = visibleFindings(entry.report, entry.text, notes.dismissed);
  const results: CheckResult[] = [];
  for (const check of AUTO_CHECKS) {
    if (check.kinds && !check.kinds.includes(entry.kind)) continue;
    if (check.needsPacks && !hasPacks) continue;
    const targets = [...(check.categories ?? []), ...(check.rules ?? [])];
    if (targets.every((id) => off.includes(id))) continue;
    const failing = shown.find((f) => matches(check, f));
    let reason = failing ? plainText(failing.message) : t(`check_${check.id.replace(/-/g, '_')}_pass`);
    if (check.id === 'length-fits' && !failing) {
      const count = countedLength(entry.text, entry.platform) ?? entry.text.length;
      reason = t('lengthOf', String(count), String(LIMITS[entry.platform][entry.kind]));
    }
    results.push({ id: check.id, state: failing ? 'fail' : 'pass', reason });
  }
  return results;
}

export function overallState(auto: readonly CheckResult[], answers: readonly string[]): CheckState {
  if (auto.some((c) => c.state === 'fail')) return 'fail';
  return QUESTIONS.every((q) => answers.includes(q)) ? 'pass' : 'todo';
}

const MARK: Record<CheckState, string> = { pass: '✓', fail: '✗', todo: '○' };

/** The pre-publish checklist: automatic checks, the writer's own questions, and whether it is ready. */
export function Checklist({
  entry,
  settings,
  notes,
  hasPacks,
  onAnswer,
}: {
  entry: ComposerReport;
  settings: Settings;
  notes: DraftNotes;
  hasPacks: boolean;
  onAnswer(question: string, ticked: boolean): void;
}) {
  const auto = autoChecks(entry, settings, notes, hasPacks);
  const overall = overallState(auto, notes.answers);
  const failing = auto.filter((c) => c.state === 'fail').length;
  const open = QUESTIONS.filter((q) => !notes.answers.includes(q)).length;
  return (
    <section className="checklist" data-testid="checklist">
      <p className="ready" role="status" aria-live="polite" data-testid="ready" data-state={overall}>
        <span aria-hidden="true">{MARK[overall]} </span>
        {overall === 'pass' ? t('readyYes') : overall === 'fail' ? tn('readyFail', failing) : tn('readyTodo', open)}
      </p>
      <h2>{t('checksAuto')}</h2>
      <ul className="checks">
        {auto.map((c) => (
          <li key={c.id} data-check={c.id} data-state={c.state}>
            <span className="mark" aria-hidden="true">
              {MARK[c.state]}
            </span>
            <span>
              <strong>{t(`check_${c.id.replace(/-/g, '_')}`)}</strong>
              <span className="visually-hidden"> ({t(`state_${c.state}`)})</span>
              <br />
              <span className="reason">{c.reason}</span>
            </span>
          </li>
        ))}
      </ul>
      <h2>{t('checksQuestions')}</h2>
      <p className="hint-text">{t('checksQuestionsIntro')}</p>
      <ul className="checks questions">
        {QUESTIONS.map((q) => {
          const ticked = notes.answers.includes(q);
          const id = `question-${q}`;
          return (
            <li key={q} data-check={q} data-state={ticked ? 'pass' : 'todo'}>
              <input type="checkbox" id={id} checked={ticked} onChange={(e) => onAnswer(q, e.target.checked)} />
              <label htmlFor={id}>
                <strong>{t(`question_${q.replace(/-/g, '_')}`)}</strong>
                <br />
                <span className="reason">{t(`question_${q.replace(/-/g, '_')}_why`)}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Ticking a question is remembered for this draft, for the session. */
export const answer = (notes: DraftNotes, question: string, ticked: boolean): DraftNotes => ({
  ...notes,
  answers: ticked ? [...new Set([...notes.answers, question])] : notes.answers.filter((a) => a !== question),
});
