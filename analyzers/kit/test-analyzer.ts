/**
 * Table-driven tests for one analyzer folder, in the spirit of ESLint's RuleTester:
 * `valid` drafts must stay quiet, `invalid` drafts must raise exactly the listed
 * rules, with spans that slice to the quoted text and, when given, the severity
 * and message id. The harness checks the suite itself too: every rule of the
 * folder has at least one invalid case and one valid case (a near miss naming
 * it), no duplicate case, no rule of another folder, no message id without texts.
 * Tests assert rule ids and spans, never the prose, so rewording a tip breaks nothing.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { catalogues } from '../registry';
import type { AnalyzerModule } from './define';
import type { DraftFingerprint } from '../repetition';
import type { Finding } from './types';
import {
  LANGS,
  type BoxKind,
  type Lang,
  type Platform,
  type Sensitivity,
  type Severity,
  type Stage,
} from './vocabulary';

export interface CaseOptions {
  platform?: Platform;
  lang?: Lang;
  kind?: BoxKind;
  sensitivity?: Sensitivity;
  ownDomains?: readonly string[];
  /** `typing` for a draft still being written; the default is `finished`, as in the checklist and the CLI. */
  stage?: Stage;
  /** Fingerprints of past drafts, and "now", for the rules that compare with them (repetition). */
  history?: readonly DraftFingerprint[];
  now?: number;
}

export interface ValidCase extends CaseOptions {
  text: string;
  /** The rule this draft is a near miss of: every rule needs at least one. */
  rule?: string;
}

export interface ExpectedFinding {
  rule: string;
  /** The exact text the span must cover; omit for whole-draft findings. */
  excerpt?: string;
  severity?: Severity;
  /** Defaults to not checked; a rule's message id is usually the rule id. */
  messageId?: string;
}

export interface InvalidCase extends CaseOptions {
  text: string;
  findings: ExpectedFinding[];
}

/** `[text, rule]` or `[text, rule, excerpt]`, the short form of a one-finding case. */
export type InvalidShorthand = readonly [text: string, rule: string, excerpt?: string];

export interface Suite {
  valid: readonly (string | ValidCase)[];
  invalid: readonly (InvalidShorthand | InvalidCase)[];
  /** The rules this suite answers for (a folder split over several suites); all of the folder's by default. */
  rules?: readonly string[];
}

function keyOf(c: ValidCase) {
  return JSON.stringify([c.text, c.platform, c.lang, c.kind, c.sensitivity, c.ownDomains, c.stage, c.history, c.now]);
}

export function normalizeSuite(suite: Suite): { valid: ValidCase[]; invalid: InvalidCase[] } {
  const valid = suite.valid.map((c) => (typeof c === 'string' ? { text: c } : c));
  const invalid = suite.invalid.map((c) =>
    Array.isArray(c)
      ? { text: c[0], findings: [{ rule: c[1], ...(c[2] !== undefined && { excerpt: c[2] }) }] }
      : (c as InvalidCase),
  );
  return { valid, invalid };
}

/** Throws when the suite itself is wrong; exported so the harness can be tested. */
export function checkSuite(module: AnalyzerModule, suite: Suite): void {
  const { valid, invalid } = normalizeSuite(suite);
  const name = module.id;
  const own = new Set(module.rules.map((r) => r.id));
  if (valid.length === 0) throw new Error(`${name}: a suite needs valid cases`);
  if (invalid.length === 0) throw new Error(`${name}: a suite needs invalid cases`);
  const seen = new Set<string>();
  for (const c of [...valid, ...invalid]) {
    const key = keyOf(c);
    if (seen.has(key)) throw new Error(`${name}: duplicate case ${JSON.stringify(c.text)}`);
    seen.add(key);
  }
  const ownRule = (rule: string) => {
    if (!own.has(rule)) throw new Error(`${name}: rule ${rule} belongs to another analyzer`);
  };
  for (const c of valid) if (c.rule !== undefined) ownRule(c.rule);
  for (const c of invalid) {
    if (c.findings.length === 0) throw new Error(`${name}: invalid case without findings: ${JSON.stringify(c.text)}`);
    for (const f of c.findings) {
      ownRule(f.rule);
      const messageId = f.messageId ?? f.rule;
      for (const lang of LANGS) {
        if (!catalogues[lang].rules[messageId]) throw new Error(`${name}: unknown message id ${messageId} (${lang})`);
      }
      if (f.excerpt !== undefined && !c.text.includes(f.excerpt)) {
        throw new Error(`${name}: excerpt ${JSON.stringify(f.excerpt)} is not in ${JSON.stringify(c.text)}`);
      }
    }
  }
  const gaps: string[] = [];
  for (const rule of suite.rules ?? own) {
    ownRule(rule);
    if (!invalid.some((c) => c.findings.some((f) => f.rule === rule))) gaps.push(`${rule} has no invalid case`);
    if (!valid.some((c) => c.rule === rule)) gaps.push(`${rule} has no valid case (a near miss naming it)`);
  }
  if (gaps.length) throw new Error(`${name}: ${gaps.join('; ')}`);
}

function run(categories: ReadonlySet<string>, c: ValidCase) {
  const report = analyze(c.text, {
    platform: c.platform ?? 'linkedin',
    lang: c.lang,
    kind: c.kind,
    settings: { sensitivity: c.sensitivity ?? 'normal' },
    ...(c.ownDomains && { ownDomains: c.ownDomains }),
    ...(c.stage && { stage: c.stage }),
    ...(c.history && { history: c.history, now: c.now }),
  });
  return report.findings.filter((f) => categories.has(f.category));
}

/**
 * What is wrong with the findings of an invalid case, or undefined: each expected
 * finding matched once (rule, excerpt, severity, message id), nothing more, and
 * at normal sensitivity no warning from a rule whose meta says it is a hint.
 */
export function mismatch(module: AnalyzerModule, c: InvalidCase, found: readonly Finding[]): string | undefined {
  const describe = (rule: string, excerpt?: string, severity?: string, messageId?: string) =>
    `${rule}${excerpt === undefined ? '' : ` over ${JSON.stringify(excerpt)}`}${severity ? ` as a ${severity}` : ''}${messageId ? ` (${messageId})` : ''}`;
  const excerpts = found.map((f) => (f.start === undefined ? undefined : c.text.slice(f.start, f.end)));
  const shown = found.map((f, i) => describe(f.rule, excerpts[i], f.severity, f.messageId)).join(', ') || 'nothing';
  const got = found.map((f) => f.rule).sort();
  const want = c.findings.map((f) => f.rule).sort();
  if (JSON.stringify(got) !== JSON.stringify(want)) return `expected ${want.join(', ')}; found ${shown}`;
  const unused = new Set(found.keys());
  for (const e of c.findings) {
    const index = [...unused].find(
      (i) =>
        found[i]!.rule === e.rule &&
        (e.excerpt === undefined || excerpts[i] === e.excerpt) &&
        (e.severity === undefined || found[i]!.severity === e.severity) &&
        (e.messageId === undefined || found[i]!.messageId === e.messageId),
    );
    if (index === undefined) return `expected ${describe(e.rule, e.excerpt, e.severity, e.messageId)}; found ${shown}`;
    unused.delete(index);
  }
  if ((c.sensitivity ?? 'normal') === 'normal') {
    for (const f of found) {
      const declared = module.rules.find((r) => r.id === f.rule)?.severity;
      if (declared === 'hint' && f.severity === 'warning') return `${f.rule} is declared a hint but raised a warning`;
    }
  }
  return undefined;
}

/** The findings a folder answers for: those of the categories its rules belong to. */
export function testAnalyzer(module: AnalyzerModule, suite: Suite): void {
  checkSuite(module, suite);
  const { valid, invalid } = normalizeSuite(suite);
  const categories = new Set(module.rules.map((r) => r.category));
  describe(`${module.id}: stays quiet`, () => {
    it.each(valid.map((c) => [c.text, c] as const))('%s', (_text, c) => {
      const found = run(categories, c).map((f) => `${f.rule} "${c.text.slice(f.start, f.end)}"`);
      expect(found).toEqual([]);
    });
  });
  describe(`${module.id}: flags`, () => {
    it.each(invalid.map((c) => [c.text, c] as const))('%s', (_text, c) => {
      expect(mismatch(module, c, run(categories, c))).toBeUndefined();
    });
  });
}
