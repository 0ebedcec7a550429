import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyze, RULES } from './index';
import { defineAnalyzer } from './kit/define';
import { LANGS } from './kit/vocabulary';
import { ANALYZERS, CATEGORIES, catalogues, CORE_CATEGORIES, REGISTRY, RULE_IDS, ruleLabel } from './registry';
import { fingerprint } from './repetition';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the registry', () => {
  it('derives the categories, in report order, from the folders that own one', () => {
    expect(CATEGORIES).toEqual([
      'begging',
      'self-centred',
      'missing-value',
      'site-rules',
      'formulas',
      'sharing',
      'repetition',
      'oversharing',
      'replies',
      'house-rules',
    ]);
    expect(CORE_CATEGORIES).toEqual(['begging', 'self-centred', 'missing-value']);
  });

  it('lists every rule once, each in the category its id names, with a severity', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const rule of RULES) {
      expect(rule.id.startsWith(`${rule.category}/`), rule.id).toBe(true);
      expect(CATEGORIES, rule.id).toContain(rule.category);
      expect(['hint', 'warning'], rule.id).toContain(rule.severity);
    }
    // Options page order: category by category.
    const order = RULES.map((r) => CATEGORIES.indexOf(r.category));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('runs the analyzers of its folders, in order, and each analyzer reports in its own category', () => {
    expect(ANALYZERS.map((a) => a.id)).toEqual([
      'begging',
      'self-centred',
      'missing-value',
      'judgement/begging',
      'judgement/self-centred',
      'judgement/missing-value',
      'site-rules',
      'formulas',
      'sharing',
      'oversharing',
      'replies',
    ]);
    for (const m of REGISTRY) for (const a of m.analyzers) expect(m.rules.map((r) => r.category)).toContain(a.category);
  });

  it('refuses a folder that contradicts itself', () => {
    const text = (label: string) => ({ label, message: 'm', why: 'w', suggestions: ['s'] });
    const rules = { 'begging/x': { ...text('x'), phrases: [{ confidence: 0.5, patterns: ['x'] }] } };
    expect(() => defineAnalyzer({ id: 't', category: 'begging', texts: { en: { rules }, fr: {} } })).toThrow(
      /begging\/x not in both languages/,
    );
    expect(() => defineAnalyzer({ id: 't', category: 'formulas', texts: { en: { rules }, fr: { rules } } })).toThrow(
      /begging\/x is not in formulas/,
    );
    const bare = { 'begging/y': text('y') };
    expect(() => defineAnalyzer({ id: 't', texts: { en: { rules: bare }, fr: { rules: bare } } })).toThrow(
      /declares its severity/,
    );
    expect(() =>
      defineAnalyzer({
        id: 't',
        texts: { en: { rules }, fr: { rules } },
        rules: { 'begging/z': { severity: 'hint' } },
      }),
    ).toThrow(/meta for begging\/z/);
    // A phrase rule's severity follows from its confidences: 0.5 is a hint at normal sensitivity.
    expect(defineAnalyzer({ id: 't', texts: { en: { rules }, fr: { rules } } }).rules).toEqual([
      { id: 'begging/x', category: 'begging', severity: 'hint' },
    ]);
  });

  it('has every folder with rules tested by the harness, which then requires cases for each of its rules', () => {
    for (const m of REGISTRY) {
      if (m.rules.length === 0) continue;
      const name = `${m.id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}Module`;
      const tests = readdirSync(join(ROOT, m.id)).filter((f) => f.endsWith('.test.ts'));
      const calls = tests.some((f) => readFileSync(join(ROOT, m.id, f), 'utf8').includes(`testAnalyzer(${name},`));
      expect(calls, `analyzers/${m.id}/*.test.ts calls testAnalyzer(${name}, …)`).toBe(true);
    }
  });

  it('names every rule in both languages for the UI', () => {
    for (const id of RULE_IDS)
      for (const lang of LANGS) expect(ruleLabel(id, lang)?.trim(), `${id} ${lang}`).toBeTruthy();
    expect(ruleLabel('begging/like', 'fr')).not.toBe(ruleLabel('begging/like', 'en'));
    expect(ruleLabel('begging/nope', 'en')).toBeUndefined();
  });
});

describe('message catalogues', () => {
  it('have the same rules and strengths in French and English, and exactly the registry rules', () => {
    expect(Object.keys(catalogues.fr.rules).sort()).toEqual(Object.keys(catalogues.en.rules).sort());
    expect(Object.keys(catalogues.en.rules).sort()).toEqual([...RULE_IDS].sort());
    expect(Object.keys(catalogues.fr.strengths).sort()).toEqual(Object.keys(catalogues.en.strengths).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const [id, en] of Object.entries(catalogues.en.rules)) {
      const fr = catalogues.fr.rules[id]!;
      expect(placeholders(fr.message), id).toEqual(placeholders(en.message));
    }
  });

  it('give every rule a label, a message, a why and at least one better way', () => {
    for (const catalogue of Object.values(catalogues)) {
      for (const [id, text] of Object.entries(catalogue.rules)) {
        expect(text.label.trim(), id).not.toBe('');
        expect(text.message.trim(), id).not.toBe('');
        expect(text.why.trim(), id).not.toBe('');
        expect(text.suggestions.length, id).toBeGreaterThan(0);
      }
    }
  });

  it('cover every rule the phrase data can raise', () => {
    const groups = REGISTRY.flatMap((m) => m.phrases);
    expect(new Set(groups.map((g) => g.rule)).size).toBeGreaterThan(15);
    for (const group of groups) {
      expect(catalogues.en.rules[group.rule], group.rule).toBeDefined();
    }
  });

  it('say how long ago a repeat was in the language of the message, not of the draft', () => {
    const text = 'We are opening a second shop in Lyon next month, with a workshop space for evening classes.';
    const history = [{ signature: fingerprint(text)!, platform: 'x' as const, at: 0 }];
    const now = 2 * 24 * 3_600_000;
    const message = (messageLang: 'fr' | 'en') =>
      analyze(text, { platform: 'linkedin', lang: 'en', messageLang, history, now }).findings.find(
        (f) => f.rule === 'repetition/cross-post',
      )?.message;
    expect(message('fr')).toContain('il y a 2 j');
    expect(message('en')).toContain('2 d ago');
  });
});

/** Relative imports (type-only included) of one engine file, resolved to files. */
function importsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      const spec = (node.moduleSpecifier as ts.StringLiteral).text;
      if (spec.startsWith('.')) {
        const base = resolve(dirname(file), spec);
        const found = [`${base}.ts`, join(base, 'index.ts')].find((f) => ENGINE.includes(f));
        if (found) out.push(found);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const ROOT = resolve(__dirname);
const ENGINE = readdirSync(ROOT, { recursive: true })
  .map((f) => join(ROOT, String(f)))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

/** Every import loop of a graph, each as the files around it. */
function cyclesIn(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  const walk = (file: string, path: string[]) => {
    state.set(file, 'open');
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) walk(next, [...path, next]);
    }
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) walk(file, [file]);
  return cycles;
}

describe('the engine’s imports', () => {
  it('have no cycle, type-only imports included', () => {
    const graph = new Map(ENGINE.map((f) => [f, importsOf(f)]));
    // The walk sees the imports: the engine's entry point reaches the registry and the kit.
    expect(graph.get(join(ROOT, 'index.ts'))).toContain(join(ROOT, 'registry.ts'));
    expect(graph.get(join(ROOT, 'kit/types.ts'))).toContain(join(ROOT, 'repetition/index.ts'));
    const shown = cyclesIn(graph).map((loop) => loop.map((f) => f.slice(ROOT.length + 1)).join(' → '));
    expect(shown).toEqual([]);
  });

  it('finds a loop when there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cyclesIn(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });
});
