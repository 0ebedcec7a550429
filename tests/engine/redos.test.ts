/**
 * No catastrophic regular expressions, and no super-linear analysis.
 * Phrase data never becomes a regular expression (it is matched token by
 * token), so the expressions to check are the literals and `new RegExp(...)`
 * calls in analyzers/: all of them are found through the TypeScript AST, so a
 * new one cannot slip past, and each is checked with recheck.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyzers';
import { bestTimes } from '../timing';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

interface Found {
  where: string;
  source: string;
  flags: string;
}

function regexesIn(path: string): Found[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const visit = (node: ts.Node) => {
    const where = `${path}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.getText();
      const end = text.lastIndexOf('/');
      found.push({ where, source: text.slice(1, end), flags: text.slice(end + 1) });
    } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      // Only literal patterns can be checked statically; a dynamic one fails the test on purpose.
      if (pattern && ts.isStringLiteralLike(pattern)) {
        found.push({ where, source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '' });
      } else found.push({ where, source: '<dynamic>', flags: '' });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const all = sources(join(process.cwd(), 'analyzers')).flatMap(regexesIn);

describe('regular expressions in analyzers/', () => {
  it('are found', () => {
    expect(all.length).toBeGreaterThan(10);
  });

  it.each(all.map((r) => [`${r.where} /${r.source}/${r.flags}`, r] as const))('%s is safe', (_name, r) => {
    expect(r.source, 'build regular expressions from literals only').not.toBe('<dynamic>');
    const result = checkSync(r.source, r.flags);
    expect(result.status, JSON.stringify(result)).toBe('safe');
  });
});

const analyzeLinkedIn = (text: string) => void analyze(text, { platform: 'linkedin' });

describe('analysis time grows linearly on adversarial drafts', () => {
  const cases: [string, (n: number) => string][] = [
    ['one endless sentence of requests', (n) => 'like and share and follow us '.repeat(n)],
    ['a wall of hashtags', (n) => '#like #f4f #proud '.repeat(n)],
    ['quotes everywhere', (n) => '"like this" '.repeat(n)],
    ['numbers and followers in one sentence', (n) => 'we hit 10k followers and 20k likes 🎉 '.repeat(n)],
    ['negations and look-alikes', (n) => "don't l1ke n'oubliez pas de p@rtager ".repeat(n)],
    ['a single huge word', (n) => 'a'.repeat(n * 30)],
    ['emoji and joiners', (n) => '👩🏽‍💻\u200d🔥 '.repeat(n)],
    ['promotion without end', (n) => 'buy now -20 % shop now link in bio '.repeat(n)],
  ];
  it.each(cases)('%s', (_name, make) => {
    analyzeLinkedIn(make(500)); // warm up
    const [small, large] = bestTimes(analyzeLinkedIn, make(1_500), make(12_000));
    // Eight times the text: linear is ×8, quadratic ×64. The wide gap leaves room for the
    // collector and for parallel test files (×14 was seen for ×4 under load) and still fails.
    expect(large / Math.max(small, 0.5)).toBeLessThan(20);
  });
});
