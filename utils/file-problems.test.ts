import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonProblem, lineOfPath, syntaxErrorOffset } from './file-problems';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('JSON syntax errors', () => {
  it.each([
    ['{\n "r": [,]\n}', 2],
    ['{\n "a": tru\n}', 2],
    ['{\n "a": 1,\n}', 3],
    ['[1, 2', 1],
    ['{"a": 1} x', 1],
  ])('locate %j on line %i', (text, line) => {
    expect(parses(text)).toBe(false);
    expect(jsonProblem(text, new Error('Unexpected token')).line).toBe(line);
  });

  it('agree with JSON.parse on whether a text is valid', () => {
    const jsonish = fc.oneof(
      fc.json(),
      fc.json().map((j) => j.slice(0, -1)),
      fc.stringMatching(/^[\s{}[\]",:0-9a-z.eE+-]{0,30}$/),
    );
    fc.assert(fc.property(jsonish, (text) => (syntaxErrorOffset(text) === undefined) === parses(text)));
  });

  it('survive ten thousand nested brackets', () => {
    expect(syntaxErrorOffset('['.repeat(10_000))).toBe(10_000);
  });
});

describe('lines of fields', () => {
  const text = JSON.stringify({ a: 1, rules: [{ id: 'x', why: { en: 'y' } }, { id: 'z' }] }, null, 2);
  const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('follow keys and array items', () => {
    expect(lineOfPath(text, ['rules', '1', 'id'])).toBe(lineOf('"z"'));
    expect(lineOfPath(text, ['rules', '0', 'why', 'en'])).toBe(lineOf('"en"'));
  });

  it('point a missing key at its object, not at a later one', () => {
    expect(lineOfPath(text, ['rules', '1', 'why'])).toBe(lineOf('"z"') - 1);
  });
});
