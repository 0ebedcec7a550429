/**
 * `npm run eval -- --real`: the coach on the real-post sample, labelled blind
 * (tests/corpus/real). Prints precision, recall and F1 per core category and
 * the share of clean posts flagged, per language, for the development part
 * (read and trained on) and the locked test part (never tuned on), both for
 * the phrase rules alone and for rules plus the whole-draft model as shipped.
 * Needs the texts rebuilt first (`npm run corpus:real`).
 *   --part dev|test   one part only
 *   --draw N          only the posts the sample's N-th drawing added (a blind check of the coach as it was when they were drawn)
 *   --misses          list the development posts the coach got wrong (never the test part's)
 *   --json            machine-readable
 */
import { analyze } from '../analyzers';
import { JUDGED, WHOLE_POST_RULES, type Judged } from '../analyzers/judgement/model';
import type { CategoryScore } from './eval';
import { readRealPosts } from './real-corpus';
import { kappas, readLabels, readSample, type FinalLabel } from './real-labels';

const LANGS = ['all', 'fr', 'en'] as const;
type LangPart = (typeof LANGS)[number];

export interface Score extends CategoryScore {
  posts: number;
  positives: number;
}

export interface PartResult {
  posts: number;
  clean: number;
  cleanFlagged: number;
  cleanFlaggedRate: number;
  categories: Record<Judged, Score>;
}

type Variant = 'rules' | 'shipped';

export interface RealEvaluation {
  kappa: Record<Judged, number>;
  parts: Partial<Record<'dev' | 'test', Record<Variant, Record<LangPart, PartResult>>>>;
  misses: { id: string; expected: Judged[]; got: Judged[]; text: string }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function scorePart(rows: readonly { label: FinalLabel; got: ReadonlySet<Judged> }[]): PartResult {
  const categories = {} as Record<Judged, Score>;
  for (const c of JUDGED) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { label, got } of rows) {
      if (got.has(c) && label[c]) tp++;
      else if (got.has(c)) fp++;
      else if (label[c]) fn++;
    }
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const f1 = tp === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    categories[c] = { posts: rows.length, positives: tp + fn, tp, fp, fn, precision, recall, f1 };
  }
  const clean = rows.filter(({ label }) => !JUDGED.some((c) => label[c]));
  const cleanFlagged = clean.filter(({ got }) => got.size > 0).length;
  return {
    posts: rows.length,
    clean: clean.length,
    cleanFlagged,
    cleanFlaggedRate: ratio(cleanFlagged, clean.length),
    categories,
  };
}

export function evaluateReal(parts: readonly ('dev' | 'test')[], wantMisses: boolean, draw?: number): RealEvaluation {
  const drawn =
    draw === undefined
      ? null
      : new Set(
          readSample()
            .filter((s) => (s.draw ?? 1) === draw)
            .map((s) => s.id),
        );
  if (drawn?.size === 0) throw new Error(`no post of the sample comes from drawing ${draw}`);
  const all = readLabels().filter((l) => !drawn || drawn.has(l.id));
  const labels = all.filter((l) => l.lang !== 'other');
  const posts = readRealPosts();
  const result: RealEvaluation = { kappa: kappas(all), parts: {}, misses: [] };
  for (const part of parts) {
    const byVariant = {} as Record<Variant, Record<LangPart, PartResult>>;
    for (const variant of ['rules', 'shipped'] as const) {
      const rows = labels
        .filter((l) => l.split === part)
        .flatMap((label) => {
          const post = posts.get(label.id);
          if (!post) return [];
          const report = analyze(post.text, {
            platform: post.site,
            kind: post.kind,
            ...(variant === 'rules' && { settings: { disabledRules: WHOLE_POST_RULES } }),
          });
          const got = new Set(
            report.findings
              .map((f) => f.category)
              .filter((c): c is Judged => (JUDGED as readonly string[]).includes(c)),
          );
          if (wantMisses && part === 'dev' && variant === 'shipped' && JUDGED.some((c) => got.has(c) !== !!label[c]))
            result.misses.push({
              id: label.id,
              expected: JUDGED.filter((c) => label[c]),
              got: [...got],
              text: post.text,
            });
          return [{ label, got }];
        });
      byVariant[variant] = Object.fromEntries(
        LANGS.map((lang) => [lang, scorePart(lang === 'all' ? rows : rows.filter((r) => r.label.lang === lang))]),
      ) as Record<LangPart, PartResult>;
    }
    result.parts[part] = byVariant;
  }
  return result;
}

const pct = (n: number) => `${(n * 100).toFixed(1)}`.padStart(6);

export function printReal(result: RealEvaluation) {
  console.log(
    `Inter-labeller agreement (Cohen's kappa, two blind passes): ${JUDGED.map((c) => `${c} ${result.kappa[c].toFixed(2)}`).join(', ')}\n`,
  );
  for (const [part, variants] of Object.entries(result.parts)) {
    const title =
      part === 'test'
        ? 'LOCKED TEST PART (never read, never tuned on)'
        : 'DEVELOPMENT PART (read, tuned and trained on: flatters the coach)';
    for (const [variant, byLang] of Object.entries(variants!)) {
      console.log(`${title}, ${variant === 'rules' ? 'phrase rules alone' : 'rules + whole-draft model (as shipped)'}`);
      console.log('lang  category          posts  pos   prec  recall     F1   tp   fp   fn');
      for (const [lang, r] of Object.entries(byLang)) {
        for (const c of JUDGED) {
          const s = r.categories[c];
          console.log(
            `${lang.padEnd(5)} ${c.padEnd(14)} ${String(s.posts).padStart(7)} ${String(s.positives).padStart(4)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`,
          );
        }
        console.log(
          `${lang.padEnd(5)} clean posts flagged: ${r.cleanFlagged}/${r.clean} = ${pct(r.cleanFlaggedRate).trim()} %`,
        );
      }
      console.log('');
    }
  }
  if (result.misses.length) {
    console.log('Development misses:');
    for (const m of result.misses)
      console.log(`  ${m.id} expected [${m.expected}] got [${m.got}]  ${m.text.replace(/\s+/g, ' ').slice(0, 140)}`);
  }
}
