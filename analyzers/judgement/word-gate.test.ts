import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../kit/text';
import { cueExpressions } from './cues';
import { gateOf, hashedGate, wordsOf } from './word-gate';

const corpus = join(process.cwd(), 'tests/corpus');
const realTexts = join(corpus, 'real/.texts/posts.jsonl');

/** Every draft the repository holds (and the real posts, when they have been rebuilt), folded as the cues read them. */
function foldedTexts(): string[] {
  const files = readdirSync(corpus)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => join(corpus, f));
  if (existsSync(realTexts)) files.push(realTexts);
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text?: string }).text ?? '')
      .filter(Boolean)
      .map((text) => normalize(text).text),
  );
}

const expressions = cueExpressions();

describe('word gates', () => {
  it('reads the whole words an expression needs', () => {
    expect(gateOf(/\bstay tuned\b/)).toEqual([['stay'], ['tuned']]);
    expect(gateOf(/\b(?:(?:like|rt) (?:for|or) (?:a|you're))\b/)).toEqual([
      ['like', 'rt'],
      ['for', 'or'],
      ['a', 'you'],
    ]);
    expect(gateOf(/^[^a-z0-9]*tgif\b/)).toEqual([['tgif']]);
    expect(gateOf(/#(?:motivation|mindset)\b/)).toEqual([['motivation', 'mindset']]);
  });

  it('needs nothing it cannot be sure of', () => {
    // "meilleur" may run on ("meilleures"), "best" may sit inside a word, "reve" may be "reveil".
    expect(gateOf(/\bmeilleure?s?\b/)).toEqual([]);
    expect(gateOf(/(?:best|finest)\b/)).toEqual([]);
    expect(gateOf(/\bcrois en reve/)).toEqual([['crois'], ['en']]);
    expect(gateOf(/\bcall[a-z]* us\b/)).toEqual([['us']]);
    expect(gateOf(/\bLike\b/)).toEqual([]);
    expect(gateOf(/\blike\b/i)).toEqual([]);
    expect(gateOf(/\b(?<word>like)\b/)).toEqual([]);
    expect(gateOf(/(?=like)\w+ now\b/)).toEqual([['now']]);
  });

  it('lets through every text an expression matches (all shapes, every draft of the corpora)', () => {
    const gates = expressions.map((re) => ({ re, gate: hashedGate(gateOf(re)) }));
    const texts = foldedTexts();
    expect(texts.length).toBeGreaterThan(1000);
    let matched = 0;
    const held: string[] = [];
    for (const text of texts) {
      const words = wordsOf(text);
      for (const { re, gate } of gates) {
        re.lastIndex = 0;
        if (!re.test(text)) continue;
        matched++;
        if (!words.passes(gate)) held.push(`${re.source} on ${text.slice(0, 80)}`);
      }
    }
    expect(held).toEqual([]);
    expect(matched).toBeGreaterThan(100);
  });

  it('lets through words glued to marks, digits, capitals and underscores the way \\b sees them', () => {
    const cases: [RegExp, string][] = [
      [/\bstay tuned\b/, '(stay tuned)'],
      [/\bstay tuned\b/, 'é stay tuned_'.replace('_', '!')],
      [/\bi'm the one who\b/, "yes,i'm the one who did it"],
      [/\bcan (?:we|i) get (?:\d[\d,]*)\b/, 'can we get 1,000'],
      [/#(?:motivation|mindset)\b/, '#mindset!'],
      [/\bour mascot\b/, 'Xour mascot'.toLowerCase().replace('x', '-')],
    ];
    for (const [re, text] of cases) {
      expect(re.test(text), `${re.source} on ${text}`).toBe(true);
      expect(wordsOf(text).passes(hashedGate(gateOf(re))), `${re.source} on ${text}`).toBe(true);
    }
  });

  it('holds back a text that lacks a needed word', () => {
    const gate = hashedGate(gateOf(/\bstay tuned\b/));
    expect(wordsOf('stay with us, tuned in').passes(gate)).toBe(true);
    expect(wordsOf('stay put').passes(gate)).toBe(false);
    expect(wordsOf('stayed tuned').passes(gate)).toBe(false);
  });
});

describe('word gates on sources they cannot read', () => {
  it('needs nothing rather than guess', () => {
    expect(gateOf(new RegExp('\\bstay{x}tuned\\b'))).toEqual([]);
    expect(gateOf(/\bstay tuned{2,3}\b/)).toEqual([['stay']]);
  });
});
