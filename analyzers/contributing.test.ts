/**
 * CONTRIBUTING.md stays true: its examples (a French phrase, a new rule in both
 * languages) are applied as written to a copy of analyzers/, through the same
 * files and the same defineAnalyzer the real rules use, and the copy's engine,
 * registry, catalogues, labels and harness must pick them up.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import * as engine from './index';

interface Edit {
  file: string;
  into: string[];
  lines: string[];
}

const guide = readFileSync(resolve(__dirname, '../CONTRIBUTING.md'), 'utf8');

/** The blocks of one `## ` section of CONTRIBUTING.md that say where they go. */
function editsOf(section: string): Edit[] {
  const start = guide.indexOf(`\n## ${section}\n`);
  expect(start, `CONTRIBUTING.md has a "## ${section}" section`).toBeGreaterThan(0);
  const end = guide.indexOf('\n## ', start + 1);
  const body = guide.slice(start, end < 0 ? undefined : end);
  return [...body.matchAll(/^```ts file=(\S+) into="([^"]+)"\n([\s\S]*?)^```$/gm)].map((m) => ({
    file: m[1]!,
    into: m[2]!.split('>'),
    lines: m[3]!.replace(/\n$/, '').split('\n'),
  }));
}

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A copy of analyzers/ with the edits made, and its engine loaded. */
async function applied(edits: readonly Edit[]) {
  const root = mkdtempSync(join(tmpdir(), 'post-coach-contributing-'));
  copies.push(root);
  cpSync(__dirname, join(root, 'analyzers'), { recursive: true });
  for (const edit of edits) {
    const path = join(root, edit.file);
    const text = readFileSync(path, 'utf8');
    let at = 0;
    for (const marker of edit.into) {
      const found = text.indexOf(marker, at);
      expect(found, `${edit.file}: ${JSON.stringify(marker)} after offset ${at}`).toBeGreaterThanOrEqual(0);
      at = found + marker.length;
    }
    const lineEnd = text.indexOf('\n', at) + 1;
    writeFileSync(path, text.slice(0, lineEnd) + edit.lines.join('\n') + '\n' + text.slice(lineEnd));
  }
  const load = <T>(file: string): Promise<T> => import(pathToFileURL(join(root, 'analyzers', file)).href);
  return {
    engine: await load<typeof import('./index')>('index.ts'),
    begging: await load<typeof import('./begging')>('begging/index.ts'),
    harness: await load<typeof import('./kit/test-analyzer')>('kit/test-analyzer.ts'),
  };
}

/** The cases a test-file block adds, as the suite would read them. */
const casesOf = (edit: Edit) => new Function(`return [${edit.lines.join('\n')}];`)() as unknown[];
const begging = (e: typeof engine, text: string) =>
  e.analyze(text, { platform: 'facebook' }).findings.filter((f) => f.category === 'begging');

describe('CONTRIBUTING.md, applied to a copy of the engine', () => {
  it('adds a French begging phrase in 2 lines and 2 files, and the engine flags it', async () => {
    const edits = editsOf('Add a phrase');
    expect(edits.map((e) => e.file).sort()).toEqual(['analyzers/begging/begging.test.ts', 'analyzers/begging/fr.ts']);
    expect(edits.flatMap((e) => e.lines)).toHaveLength(2);
    const [[text, rule, excerpt]] = casesOf(edits.find((e) => e.file.endsWith('.test.ts'))!) as [
      [string, string, string],
    ];
    // New to the engine as it is, found once the line is in.
    expect(begging(engine, text)).toEqual([]);
    const copy = await applied(edits);
    const found = begging(copy.engine, text);
    expect(found.map((f) => [f.rule, text.slice(f.start, f.end)])).toEqual([[rule, excerpt]]);
  });

  it('adds a rule with French and English texts in 3 files of its folder, and everything derives from them', async () => {
    const edits = editsOf('Add a rule');
    const files = [...new Set(edits.map((e) => e.file))].sort();
    expect(files).toEqual(['analyzers/begging/begging.test.ts', 'analyzers/begging/en.ts', 'analyzers/begging/fr.ts']);
    const copy = await applied(edits);
    const id = 'begging/save';
    expect(engine.RULE_IDS).not.toContain(id);

    // The registry: rule ids (the options page), meta, catalogues, UI labels.
    expect(copy.engine.RULE_IDS).toContain(id);
    expect(copy.engine.RULE_IDS.filter((r) => r.startsWith('begging/'))).toContain('begging/like');
    expect(copy.engine.RULES.find((r) => r.id === id)).toEqual({ id, category: 'begging', severity: 'warning' });
    expect(copy.engine.ruleLabel(id, 'en')).toBe('Asking people to save the post');
    expect(copy.engine.ruleLabel(id, 'fr')).toBe('Demander d’enregistrer le post');
    expect(copy.begging.beggingModule.rules.map((r) => r.id)).toContain(id);

    // The harness accepts the new cases for the new rule, and they pass.
    const valid = casesOf(edits.find((e) => e.file.endsWith('.test.ts') && e.into[0] === 'valid: [')!);
    const invalid = casesOf(edits.find((e) => e.file.endsWith('.test.ts') && e.into[0] === 'invalid: [')!);
    const suite = { rules: [id], valid, invalid } as Parameters<typeof copy.harness.checkSuite>[1];
    expect(() => copy.harness.checkSuite(copy.begging.beggingModule, suite)).not.toThrow();
    const { valid: quiet, invalid: flagged } = copy.harness.normalizeSuite(suite);
    for (const c of quiet) expect(begging(copy.engine, c.text), c.text).toEqual([]);
    expect(flagged).toHaveLength(2);
    for (const c of flagged) {
      expect(
        copy.harness.mismatch(copy.begging.beggingModule, c, begging(copy.engine, c.text)),
        c.text,
      ).toBeUndefined();
    }

    // The finding speaks the draft's language, from the new texts.
    const [en, fr] = flagged.map((c) => begging(copy.engine, c.text)[0]!);
    expect([en!.message, fr!.message]).toEqual(['Asking people to save the post', 'Demande d’enregistrer le post']);
    expect(en!.severity).toBe('warning');
  });
});
