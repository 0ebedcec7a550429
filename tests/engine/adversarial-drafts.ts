/**
 * Drafts built to make a careless engine go quadratic, by size: the linear-work
 * test counts the engine's work on them and `npm run bench` times them.
 */
import type { HousePack } from '../../analyzers/house-rules/types';

export const ADVERSARIAL_DRAFTS: [string, (n: number) => string][] = [
  ['one endless sentence of requests', (n) => 'like and share and follow us '.repeat(n)],
  ['a wall of hashtags', (n) => '#like #f4f #proud '.repeat(n)],
  ['quotes everywhere', (n) => '"like this" '.repeat(n)],
  ['numbers and followers in one sentence', (n) => 'we hit 10k followers and 20k likes 🎉 '.repeat(n)],
  ['negations and look-alikes', (n) => "don't l1ke n'oubliez pas de p@rtager ".repeat(n)],
  ['a single huge word', (n) => 'a'.repeat(n * 30)],
  ['emoji and joiners', (n) => '👩🏽‍💻\u200d🔥 '.repeat(n)],
  ['promotion without end', (n) => 'buy now -20 % shop now link in bio '.repeat(n)],
];

/** A house rule of 100 long phrases that a draft of "hey hey hey…" nearly matches everywhere. */
export const NEAR_MATCH_PACK: HousePack = {
  id: 'many',
  name: 'Many',
  version: 1,
  enabled: true,
  rules: [
    {
      id: 'long',
      type: 'avoid',
      phrases: Array.from({ length: 100 }, (_, i) => `hey hey hey hey hey hey hey hey hey w${i}`),
      message: { en: 'x' },
    },
  ],
};
export const nearMatchDraft = (n: number) => 'hey '.repeat(n);
