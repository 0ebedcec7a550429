/**
 * No catastrophic regular expressions (linear work: tests/engine/linear-work.test.ts).
 * Phrase data never becomes a regular expression (it is matched token by
 * token), so the expressions to check are the literals and `new RegExp(...)`
 * calls in analyzers/: all of them are found through the TypeScript AST, so a
 * new one cannot slip past, and each is checked with recheck. The check is
 * deterministic: recheck's automaton checker, which proves a verdict, and for
 * the few expressions too large for it, its fuzzer from a fixed seed with its
 * static seeder and no time limits, so the same code always gets the same verdict.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync, type Diagnostics, type Parameters } from 'recheck';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { tokenize } from '../../analyzers/kit/text';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

interface Found {
  where: string;
  /** `file.ts#CONSTANT` when the expression is a constant's value. */
  name: string;
  source: string;
  flags: string;
}

function regexesIn(path: string): Found[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const shortPath = relative(join(process.cwd(), 'analyzers'), path);
  const visit = (node: ts.Node) => {
    const where = `${shortPath}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const name =
      node.parent && ts.isVariableDeclaration(node.parent) ? `${shortPath}#${node.parent.name.getText()}` : where;
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.getText();
      const end = text.lastIndexOf('/');
      found.push({ where, name, source: text.slice(1, end), flags: text.slice(end + 1) });
    } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      // Only literal patterns can be checked statically; a dynamic one fails the test on purpose.
      if (pattern && ts.isStringLiteralLike(pattern)) {
        found.push({
          where,
          name,
          source: pattern.text,
          flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '',
        });
      } else found.push({ where, name, source: '<dynamic>', flags: '' });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const all = sources(join(process.cwd(), 'analyzers')).flatMap(regexesIn);

/**
 * Expressions whose automaton is too large for the automaton checker to finish
 * (bounded repeats such as {0,62} multiply its states), checked by the fuzzer
 * instead, with why each is linear.
 */
const FUZZED: Record<string, string> = {
  // Only ever tested on at most 200 characters (bound tested below); the fuzzer's old
  // random mode once reported its backtracking on a 78,000-character string.
  'kit/text.ts#BARE_DOMAIN': 'anchored, input cut to 200 characters',
  // Every repeat but `[a-z]+` is bounded, and that one is followed by a space it cannot match.
  'oversharing/index.ts#ADDRESS': 'bounded repeats; the one unbounded run cannot overlap what follows',
};

const NO_TIME_LIMITS = {
  attackTimeout: null,
  incubationTimeout: null,
  recallTimeout: null,
  seedingTimeout: null,
} satisfies Parameters;
const AUTOMATON: Parameters = { checker: 'automaton', ...NO_TIME_LIMITS, timeout: 60_000 };
const SEEDED_FUZZ: Parameters = {
  checker: 'fuzz',
  seeder: 'static',
  randomSeed: 20_261_201,
  ...NO_TIME_LIMITS,
  timeout: null,
};

/** recheck's answer, with long strings (an attack can be 78,000 characters) cut to a readable length. */
function summary(result: Diagnostics): string {
  return JSON.stringify(result, (_key, value: unknown) =>
    typeof value === 'string' && value.length > 120 ? `${value.slice(0, 120)}… (${value.length} characters)` : value,
  );
}

describe('regular expressions in analyzers/', () => {
  it('are found', () => {
    expect(all.length).toBeGreaterThan(10);
  });

  it('are fuzzed only when listed, and every listed one exists', () => {
    const names = new Set(all.map((r) => r.name));
    expect(Object.keys(FUZZED).filter((name) => !names.has(name))).toEqual([]);
  });

  it.each(all.map((r) => [`${r.where} /${r.source}/${r.flags}`, r] as const))(
    '%s is safe',
    (_name, r) => {
      expect(r.source, 'build regular expressions from literals only').not.toBe('<dynamic>');
      const fuzzed = r.name in FUZZED;
      const result = checkSync(r.source, r.flags, fuzzed ? SEEDED_FUZZ : AUTOMATON);
      const advice =
        result.status === 'unknown' && !fuzzed
          ? ' (too large for the automaton checker? list it in FUZZED with why it is linear)'
          : '';
      expect(result.status, summary(result) + advice).toBe('safe');
    },
    120_000,
  );

  it('BARE_DOMAIN only ever sees 200 characters, however long the word', () => {
    const bareDomain = all.find((r) => r.name === 'kit/text.ts#BARE_DOMAIN')!;
    const seen: number[] = [];
    const test = RegExp.prototype.test;
    vi.spyOn(RegExp.prototype, 'test').mockImplementation(function (this: RegExp, input: string) {
      if (this.source === bareDomain.source) seen.push(input.length);
      return test.call(this, input);
    });
    const { tokens } = tokenize(`a${'.m'.repeat(40_000)} example.com/${'x'.repeat(5_000)}`);
    vi.restoreAllMocks();
    expect(seen.length).toBeGreaterThan(0);
    expect(Math.max(...seen)).toBeLessThanOrEqual(200);
    // The bound does not cut links short.
    expect(tokens.at(-1)).toMatchObject({ kind: 'url', text: `example.com/${'x'.repeat(5_000)}` });
  });
});
