/**
 * Table-driven tests for one analyzer, in the spirit of ESLint's RuleTester:
 * `valid` drafts must stay quiet, `invalid` drafts must raise exactly the listed
 * rules, with spans that slice to the quoted text. The harness checks the suite
 * itself too: no empty side, no duplicate case, no rule without messages.
 * Tests assert rule ids and spans, never the prose, so rewording a tip breaks nothing.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { catalogues } from '../locales';
import type { BoxKind, Category, Lang, Platform, Sensitivity, Stage } from './types';

export interface CaseOptions {
  platform?: Platform;
  lang?: Lang;
  kind?: BoxKind;
  sensitivity?: Sensitivity;
  ownDomains?: readonly string[];
  /** `typing` for a draft still being written; the default is `finished`, as in the checklist and the CLI. */
  stage?: Stage;
}

export interface ValidCase extends CaseOptions {
  text: string;
}

export interface ExpectedFinding {
  rule: string;
  /** The exact text the span must cover; omit for whole-draft findings. */
  excerpt?: string;
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
}

function keyOf(c: ValidCase) {
  return JSON.stringify([c.text, c.platform, c.lang, c.kind, c.sensitivity, c.ownDomains, c.stage]);
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
export function checkSuite(category: Category, suite: Suite): void {
  const { valid, invalid } = normalizeSuite(suite);
  if (valid.length === 0) throw new Error(`${category}: a suite needs valid cases`);
  if (invalid.length === 0) throw new Error(`${category}: a suite needs invalid cases`);
  const seen = new Set<string>();
  for (const c of [...valid, ...invalid]) {
    const key = keyOf(c);
    if (seen.has(key)) throw new Error(`${category}: duplicate case ${JSON.stringify(c.text)}`);
    seen.add(key);
  }
  for (const c of invalid) {
    if (c.findings.length === 0)
      throw new Error(`${category}: invalid case without findings: ${JSON.stringify(c.text)}`);
    for (const f of c.findings) {
      if (!f.rule.startsWith(`${category}/`))
        throw new Error(`${category}: rule ${f.rule} belongs to another analyzer`);
      for (const lang of Object.keys(catalogues) as Lang[]) {
        if (!catalogues[lang].rules[f.rule]) throw new Error(`${category}: unknown message id ${f.rule} (${lang})`);
      }
      if (f.excerpt !== undefined && !c.text.includes(f.excerpt)) {
        throw new Error(`${category}: excerpt ${JSON.stringify(f.excerpt)} is not in ${JSON.stringify(c.text)}`);
      }
    }
  }
}

function run(category: Category, c: ValidCase) {
  const report = analyze(c.text, {
    platform: c.platform ?? 'linkedin',
    lang: c.lang,
    kind: c.kind,
    settings: { sensitivity: c.sensitivity ?? 'normal' },
    ...(c.ownDomains && { ownDomains: c.ownDomains }),
    ...(c.stage && { stage: c.stage }),
  });
  return report.findings.filter((f) => f.category === category);
}

export function testAnalyzer(category: Category, suite: Suite): void {
  checkSuite(category, suite);
  const { valid, invalid } = normalizeSuite(suite);
  describe(`${category}: stays quiet`, () => {
    it.each(valid.map((c) => [c.text, c] as const))('%s', (_text, c) => {
      const found = run(category, c).map((f) => `${f.rule} "${c.text.slice(f.start, f.end)}"`);
      expect(found).toEqual([]);
    });
  });
  describe(`${category}: flags`, () => {
    it.each(invalid.map((c) => [c.text, c] as const))('%s', (_text, c) => {
      const found = run(category, c);
      expect(found.map((f) => f.rule).sort()).toEqual(c.findings.map((f) => f.rule).sort());
      const excerpts = found.map((f) => (f.start === undefined ? undefined : c.text.slice(f.start, f.end)));
      const unused = new Set(found.keys());
      for (const expected of c.findings) {
        const index = [...unused].find(
          (i) =>
            found[i]!.rule === expected.rule && (expected.excerpt === undefined || excerpts[i] === expected.excerpt),
        );
        expect(
          index,
          `${expected.rule} over ${JSON.stringify(expected.excerpt)}; found ${JSON.stringify(excerpts)}`,
        ).toBeDefined();
        unused.delete(index!);
      }
    });
  });
}
