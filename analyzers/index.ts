/**
 * The engine: `analyze(text, options)` runs every analyzer on one draft and
 * returns a Report. Pure TypeScript, no DOM or browser: the same code runs in
 * the content script, the side panel, the CLI and the tests.
 */
import { begging } from './begging';
import { CONFIDENCE_BAR, severityFor, type Analyzer, type Context, type RawFinding } from './kit/engine';
import { LANGUAGE_TOKENS, TokenLanguage } from './kit/language';
import {
  BOX_KINDS,
  LANGS,
  PLATFORMS,
  SENSITIVITIES,
  STAGES,
  type AnalyzeOptions,
  type Category,
  type Finding,
  type Lang,
  type Report,
  type ScoreReason,
  type Sensitivity,
  type Strength,
} from './kit/types';
import { applyMarks, normalize, toOriginal, tokenize } from './kit/text';
import { fill } from './kit/define';
import { ANALYZERS, CATEGORIES, catalogues } from './registry';
import { missingValue } from './missing-value';
import { selfCentred } from './self-centred';
import { hostOf, othersContent } from './sharing';
import { computeSignals } from './signals';
import { compileHouseRules, offByPacks, type HousePack } from './house-rules';
import { fingerprint, repetitionAnalyzer, repetitionOf, type DraftFingerprint } from './repetition';
import { draftFeatures, type Features } from './judgement/features';
import { gatedFromTheModel, judgementModel, judgements } from './judgement';
import { draftLogits, JUDGED, type Judged } from './judgement/model';
import { addRewrites } from './rewrites';

export type { AnalyzeOptions, Finding, Report, Strength } from './kit/types';
export { LIMITS, siteLength } from './site-rules';
export { fingerprint, KEY_SIZE, type DraftFingerprint, type FingerprintKey } from './repetition';
export { PLATFORMS, LANGS, BOX_KINDS, SENSITIVITIES } from './kit/vocabulary';
export { ANALYZERS, CATEGORIES, CORE_CATEGORIES, REGISTRY, RULES, RULE_IDS, ruleLabel } from './registry';

/** A report carries at most this many findings; `truncated` says when there were more. */
export const MAX_FINDINGS = 500;

/** Calibrated so that one slip in a decent draft reads "between the two", never "about you" (issue 16). */
const PENALTY = { warning: 20, hint: 8 } as const;
const CATEGORY_PENALTY_CAP = 60;
const STRENGTH_BONUS = 4;
const STRENGTH_BONUS_CAP = 20;
/** A draft with nothing wrong and nothing notable; what works lifts it to 100. */
const BASE_SCORE = 80;

export class AnalyzeOptionsError extends TypeError {}

function check<T extends string>(name: string, value: unknown, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new AnalyzeOptionsError(`${name} must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`);
}

export function analyze(text: string, options: AnalyzeOptions): Report {
  const packs = options?.houseRules;
  const history = options?.history;
  if (!packs?.length && !history?.length) return analyzeWith(ANALYZERS, text, options);
  const extra: Analyzer[] = [];
  if (history?.length) extra.push(repetitionAnalyzer(history, options.now ?? Date.now(), options.historyKey));
  if (packs?.length) extra.push(houseAnalyzerFor(packs));
  const off = packs?.length ? offByPacks(packs, options.platform) : [];
  return analyzeWith([...ANALYZERS, ...extra], text, {
    ...options,
    ...(off.length && {
      settings: { ...options.settings, disabledRules: [...(options.settings?.disabledRules ?? []), ...off] },
    }),
  });
}

/**
 * A report made without the history, with the repetition finding added and the
 * score counted again: the background holds the history and its key, so it
 * checks repeats itself and pages only ever see the report without them.
 */
export function withRepetition(
  report: Report,
  text: string,
  options: Pick<AnalyzeOptions, 'history' | 'historyKey' | 'now' | 'messageLang' | 'settings'>,
): Report {
  const history: readonly DraftFingerprint[] = options.history ?? [];
  const sensitivity = check('sensitivity', options.settings?.sensitivity, SENSITIVITIES) ?? 'normal';
  const disabled = new Set(options.settings?.disabledRules ?? []);
  if (!history.length || report.kind !== 'post' || disabled.has('repetition')) return report;
  const signature = fingerprint(text, options.historyKey);
  if (!signature) return report;
  const raw = repetitionOf(signature, report.platform, history, options.now ?? Date.now(), report.language).filter(
    (r) => !disabled.has(r.rule) && r.confidence >= CONFIDENCE_BAR[sensitivity],
  );
  if (!raw.length || report.findings.length >= MAX_FINDINGS) return report;
  const messageLang = options.messageLang === 'auto' ? undefined : check('messageLang', options.messageLang, LANGS);
  const catalogue = catalogues[messageLang ?? report.language];
  // Repetition findings have no span: the draft's positions are not needed to render them.
  const added = raw.map((r) => render(r, 'repetition', sensitivity, null, catalogue));
  const findings = [...report.findings, ...added];
  const { score, subScores, scoreReasons } = scoreOf(findings, report.strengths);
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return {
    ...report,
    score,
    subScores,
    scoreReasons,
    findings,
    counts: {
      ...report.counts,
      findings: report.counts.findings + added.length,
      warnings,
      hints: findings.length - warnings,
    },
  };
}

/**
 * French and English, with a figure, emoji, a hashtag, a mention and a link: most of
 * the engine's paths. The link has no scheme: the shipped code holds no web address.
 */
const WARM_UP_DRAFT =
  "Nous sommes fiers d'annoncer notre atelier du 12 mars 🎉 Like and share if you agree! Details: example.com/atelier #launch @team";
let warmedUp = false;

/**
 * Analyses a built-in draft once, so that the first real draft finds the engine
 * compiled and its phrase index built: the cold start (about 12 ms) is paid in
 * idle time instead of on the first keystroke. True when it did the work.
 */
export function warmUp(): boolean {
  if (warmedUp) return false;
  warmedUp = true;
  analyze(WARM_UP_DRAFT, { platform: 'linkedin' });
  return true;
}

/** Packs are compiled once and reused while the same array is passed (typing). */
const compiledPacks = new WeakMap<readonly HousePack[], Analyzer>();
function houseAnalyzerFor(packs: readonly HousePack[]): Analyzer {
  let analyzer = compiledPacks.get(packs);
  if (!analyzer) compiledPacks.set(packs, (analyzer = compileHouseRules(packs, MAX_FINDINGS)));
  return analyzer;
}

interface DraftSetup {
  ctx: Context;
  raw: Map<string, readonly RawFinding[]>;
  guess: { lang: Lang; confidence: number };
  messageLang: Lang | undefined;
  disabled: Set<string>;
  /** Set when an analyzer stopped early on its work budget (house rules). */
  cut: { short: boolean };
}

/** Checks the options and reads the draft once: what every analyzer sees. */
function setUp(text: string, options: AnalyzeOptions): DraftSetup {
  const platform = check('platform', options?.platform, PLATFORMS);
  if (!platform) throw new AnalyzeOptionsError(`platform is required (${PLATFORMS.join(', ')})`);
  const kind = check('kind', options.kind, BOX_KINDS) ?? 'post';
  const givenLang = check('lang', options.lang, LANGS);
  const fallbackLang = check('fallbackLang', options.fallbackLang, LANGS) ?? 'en';
  const messageLang = options.messageLang === 'auto' ? undefined : check('messageLang', options.messageLang, LANGS);
  const sensitivity = check('sensitivity', options.settings?.sensitivity, SENSITIVITIES) ?? 'normal';
  const stage = check('stage', options.stage, STAGES) ?? 'finished';
  const disabled = new Set(options.settings?.disabledRules ?? []);

  const original = typeof text === 'string' ? text : '';
  const norm = normalize(original);
  const tokenized = tokenize(norm.text);
  const { sentences } = tokenized;
  const tokens = options.marks?.length ? applyMarks(norm, tokenized.tokens, options.marks) : tokenized.tokens;
  // Shared with the sentences' own guesses (kit/phrase-analyzer.ts): each token is scored once.
  const language = new TokenLanguage(tokens);
  const guess = givenLang
    ? { lang: givenLang, confidence: 0 }
    : language.guess(0, Math.min(tokens.length, LANGUAGE_TOKENS), original, fallbackLang);
  const lang = guess.lang;
  const positions = {
    number: [] as number[],
    hashtag: [] as number[],
    mention: [] as number[],
    url: [] as number[],
    emoji: [] as number[],
  };
  for (let i = 0; i < tokens.length; i++) {
    const { kind } = tokens[i]!;
    if (kind !== 'word') positions[kind].push(i);
  }
  const wordCount = tokens.length - positions.url.length - positions.emoji.length;
  const memo = new Map<string, unknown>([['kit/token-language', language]]);
  const raw = new Map<string, readonly RawFinding[]>();
  const cut = { short: false };
  const ctx: Context = {
    original,
    norm,
    tokens,
    sentences,
    lang,
    platform,
    kind,
    sensitivity,
    stage,
    wordCount,
    positions,
    ownDomains: cleanDomains(options.ownDomains),
    raw,
    memo<T>(key: string, compute: () => T): T {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
    messageLang: messageLang ?? lang,
    disabled,
    noteTruncated() {
      cut.short = true;
    },
  };
  return { ctx, raw, guess, messageLang, disabled, cut };
}

/**
 * What the whole-draft model sees of a draft (`npm run train` learns from it):
 * the same context and phrase analyzers as `analyze`.
 */
export function judgementFeatures(text: string, options: AnalyzeOptions): Features {
  const { ctx } = setUp(text, options);
  return draftFeatures(ctx, phraseFindings(ctx));
}

/** What the model reads of the phrase rules: their raw findings, before any bar. */
const phraseFindings = (ctx: Context) => [begging, selfCentred, missingValue].flatMap((a) => a.run(ctx));

/** The whole-draft model's log-odds per category (JUDGED order), as the engine computes them. */
export function judgementLogits(text: string, options: AnalyzeOptions): number[] {
  const { ctx } = setUp(text, options);
  return draftLogits(
    judgementModel(),
    ctx,
    [begging, selfCentred, missingValue].flatMap((a) => a.run(ctx)),
  );
}

/**
 * Per category, whether the whole-post gates keep the draft out of the model's hint, as the engine judges it
 * (`npm run train` reads them: a clean post they keep quiet holds no threshold up).
 */
export function judgementGates(text: string, options: AnalyzeOptions): Record<Judged, boolean> {
  const { ctx, raw } = setUp(text, options);
  // What the gates read of the begging rules, as analyze() would have left it.
  raw.set(begging.id, begging.run(ctx));
  raw.set(judgements[0]!.id, judgements[0]!.run(ctx));
  return Object.fromEntries(JUDGED.map((c) => [c, gatedFromTheModel(ctx, c)])) as Record<Judged, boolean>;
}

/** `analyze` with another set of analyzers (tests, house rules). */
export function analyzeWith(analyzers: readonly Analyzer[], text: string, options: AnalyzeOptions): Report {
  const { ctx, raw: rawByAnalyzer, guess, messageLang, disabled, cut } = setUp(text, options);
  const { original, sentences, lang, platform, kind, sensitivity, wordCount } = ctx;

  const catalogue = catalogues[messageLang ?? lang];
  const errors: Report['errors'] = [];
  const findings: Finding[] = [];
  let total = 0;
  for (const analyzer of analyzers) {
    if (disabled.has(analyzer.category) || disabled.has(analyzer.id)) continue;
    let raw: RawFinding[];
    try {
      raw = analyzer.run(ctx);
      rawByAnalyzer.set(analyzer.id, raw);
    } catch (error) {
      // One broken analyzer must not silence the others.
      errors.push({ analyzer: analyzer.id, message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    for (const r of raw) {
      if (disabled.has(r.rule) || r.confidence < CONFIDENCE_BAR[sensitivity]) continue;
      total++;
      if (findings.length >= MAX_FINDINGS) continue;
      findings.push(render(r, analyzer.category, sensitivity, ctx, catalogue));
    }
  }

  total -= mergeHouseOverlaps(findings);
  // In the draft's language, not the messages': the writer pastes it into the draft.
  addRewrites(findings, original, lang);
  const strengths = findStrengths(ctx, catalogue);
  const { score, subScores, scoreReasons } = scoreOf(findings, strengths);
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return {
    language: lang,
    languageConfidence: guess.confidence,
    platform,
    kind,
    stage: ctx.stage,
    score,
    subScores,
    scoreReasons,
    counts: {
      characters: original.length,
      words: wordCount,
      sentences: sentences.length,
      findings: total,
      warnings,
      hints: findings.length - warnings,
    },
    findings,
    truncated: cut.short || total > findings.length,
    strengths,
    errors,
  };
}

/**
 * A house rule and a built-in rule on the same words make one hint: the team's
 * (its wording is the one the team agreed on), which records the built-in rule
 * it covers so the checklist and the sub-scores still count it.
 */
function mergeHouseOverlaps(findings: Finding[]): number {
  const house = findings.filter((f) => f.category === 'house-rules' && f.start !== undefined);
  if (house.length === 0) return 0;
  const covered = new Set<Finding>();
  for (const f of findings) {
    if (f.category === 'house-rules' || f.start === undefined) continue;
    const over = house.find((h) => h.start! < f.end! && f.start! < h.end!);
    if (!over) continue;
    (over.covers ??= []).push({ rule: f.rule, category: f.category, severity: f.severity });
    covered.add(f);
  }
  if (covered.size === 0) return 0;
  const kept = findings.filter((f) => !covered.has(f));
  findings.length = 0;
  findings.push(...kept);
  return covered.size;
}

/** Domains as the hosts of links will be compared to them. */
function cleanDomains(domains: readonly string[] | undefined): string[] {
  if (!Array.isArray(domains)) return [];
  return domains
    .filter((d): d is string => typeof d === 'string')
    .map((d) => hostOf(d.trim().toLowerCase()))
    .filter((d) => d.length > 0);
}

function render(
  r: RawFinding,
  category: Category,
  sensitivity: Sensitivity,
  ctx: Pick<Context, 'norm'> | null,
  catalogue: (typeof catalogues)[Lang],
): Finding {
  const messageId = r.messageId ?? r.rule;
  const text = r.text ?? catalogue.rules[messageId] ?? catalogues.en.rules[messageId];
  const data = r.data ?? {};
  const finding: Finding = {
    rule: r.rule,
    category,
    severity: severityFor(r.confidence, sensitivity),
    messageId,
    data,
    message: text ? fill(text.message, data) : messageId,
    why: text?.why ?? messageId,
    suggestions: text ? text.suggestions.map((s) => fill(s, data)) : [messageId],
    ...(r.source !== undefined && { source: r.source }),
  };
  if (ctx && r.span && r.span[1] > r.span[0]) {
    const [start, end] = toOriginal(ctx.norm, r.span[0], r.span[1]);
    if (end > start) {
      finding.start = start;
      finding.end = end;
    }
  }
  return finding;
}

function findStrengths(ctx: Context, catalogue: (typeof catalogues)[Lang]): Strength[] {
  const signals = computeSignals(ctx);
  const seen = new Set<string>();
  const out: Strength[] = [];
  for (const s of signals.strengths) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    const [start, end] = toOriginal(ctx.norm, s.span[0], s.span[1]);
    out.push({ id: s.id, start, end, message: catalogue.strengths[s.id] ?? s.id });
  }
  const shared = othersContent(ctx);
  if (shared) {
    const [start, end] = toOriginal(ctx.norm, shared[0], shared[1]);
    out.push({ id: 'others-content', start, end, message: catalogue.strengths['others-content'] ?? 'others-content' });
  }
  if (signals.reader >= 2 && signals.reader >= signals.firstPerson) {
    out.push({ id: 'reader-focus', message: catalogue.strengths['reader-focus'] ?? 'reader-focus' });
  }
  return out;
}

function scoreOf(findings: readonly Finding[], strengths: readonly Strength[]) {
  const byCategory = new Map<Category, number>();
  const scoreReasons: ScoreReason[] = [];
  for (const f of findings) {
    // A merged hint weighs as much as the two it stands for: merging changes what is shown, not the score.
    for (const { category, severity } of [f, ...(f.covers ?? [])]) {
      const used = byCategory.get(category) ?? 0;
      const delta = Math.min(PENALTY[severity], CATEGORY_PENALTY_CAP - used);
      byCategory.set(category, used + delta);
      if (delta > 0) scoreReasons.push({ delta: -delta, category, message: f.message });
    }
  }
  let bonus = 0;
  for (const s of strengths) {
    const delta = Math.min(STRENGTH_BONUS, STRENGTH_BONUS_CAP - bonus);
    if (delta <= 0) break;
    bonus += delta;
    scoreReasons.push({ delta, message: s.message });
  }
  let penalties = 0;
  for (const p of byCategory.values()) penalties += p;
  const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));
  const sub = (c: Category) => clamp(100 - ((byCategory.get(c) ?? 0) * 100) / CATEGORY_PENALTY_CAP);
  const subScores = Object.fromEntries(CATEGORIES.map((c) => [c, sub(c)])) as Report['subScores'];
  return { score: clamp(BASE_SCORE + bonus - penalties), subScores, scoreReasons };
}
