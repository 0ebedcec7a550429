import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze, fingerprint, KEY_SIZE } from '@/analyzers';
import { similarity } from '@/analyzers/repetition';
import {
  clearHistory,
  draftHistoryItem,
  fingerprintKeyItem,
  MAX_AGE_MS,
  MAX_FINGERPRINTS,
  readFingerprintKey,
  readHistory,
  REFILL_MS,
  REMEMBER_BURST,
  RememberLimit,
  rememberDraft,
  rememberText,
  RepetitionCheck,
} from './draft-history';
import { analysisOptions } from './analysis-options';

const TEXT =
  'Our spring workshop dates are out: three evenings on bookkeeping for freelancers, with templates you can keep.';
const signature = fingerprint(TEXT)!;
const NOW = Date.UTC(2026, 10, 21);

describe('draft history', () => {
  it('keeps fingerprints only: numbers, the site and the time, nothing of the text', async () => {
    await rememberDraft({ signature, platform: 'x', at: NOW });
    const { draftHistory } = await fakeBrowser.storage.local.get('draftHistory');
    expect(Object.keys((draftHistory as object[])[0]!).sort()).toEqual(['at', 'platform', 'signature']);
    const strings: string[] = [];
    JSON.stringify(draftHistory, (_key, value: unknown) => (typeof value === 'string' && strings.push(value), value));
    expect(strings).toEqual(['x']);
    expect(await readHistory(NOW)).toEqual([{ signature, platform: 'x', at: NOW }]);
  });

  it('counts the same draft remembered twice in a row once, but the same text on another site twice', async () => {
    await rememberDraft({ signature, platform: 'x', at: NOW });
    await rememberDraft({ signature, platform: 'x', at: NOW + 60_000 });
    await rememberDraft({ signature, platform: 'linkedin', at: NOW + 120_000 });
    expect((await readHistory(NOW + 120_000)).map((e) => [e.platform, e.at])).toEqual([
      ['x', NOW + 60_000],
      ['linkedin', NOW + 120_000],
    ]);
  });

  it('is capped in number and in age', async () => {
    for (let i = 0; i < MAX_FINGERPRINTS + 5; i++) {
      const s = signature.map((n, k) => (k === 0 ? (n + i) >>> 0 : n));
      await rememberDraft({ signature: s, platform: 'facebook', at: NOW + i });
    }
    expect(await readHistory(NOW + 1000)).toHaveLength(MAX_FINGERPRINTS);
    expect(await readHistory(NOW + MAX_AGE_MS + 10_000)).toEqual([]);
  });

  it('drops unreadable entries instead of failing, and clears', async () => {
    await draftHistoryItem.setValue([
      { signature: [1, 2], platform: 'x', at: NOW },
      'junk',
      { signature, platform: 'x', at: NOW },
    ]);
    expect(await readHistory(NOW)).toHaveLength(1);
    await draftHistoryItem.setValue('junk');
    expect(await readHistory(NOW)).toEqual([]);
    await rememberDraft({ signature, platform: 'x', at: NOW });
    await clearHistory();
    expect(await readHistory(NOW)).toEqual([]);
  });
});

describe('keyed fingerprints, in the background only', () => {
  const LONG = `${TEXT} And a question time at the end for everyone who comes.`;

  it('makes one secret key per install and keeps it; a damaged key is replaced and its history forgotten', async () => {
    const first = await readFingerprintKey();
    expect(first.renewed).toBe(false);
    expect(first.key).toHaveLength(KEY_SIZE);
    expect((await readFingerprintKey()).key).toEqual(first.key);
    await rememberText(LONG, 'x', new RememberLimit(), NOW);
    expect(await readHistory(NOW)).toHaveLength(1);

    await fingerprintKeyItem.setValue('junk');
    const renewed = await readFingerprintKey();
    expect(renewed.renewed).toBe(true);
    expect(renewed.key).not.toEqual(first.key);
    expect(await readHistory(NOW)).toEqual([]);
  });

  it('stores signatures nobody without the key can reproduce', async () => {
    await rememberText(LONG, 'x', new RememberLimit(), NOW);
    const [stored] = await readHistory(NOW);
    const { key } = await readFingerprintKey();
    expect(stored!.signature).toEqual(fingerprint(LONG, key));
    expect(stored!.signature).not.toEqual(fingerprint(LONG));
    expect(similarity(stored!.signature, fingerprint(LONG)!)).toBeLessThan(0.2);
  });

  it('remembers at most a few drafts in a row, then one a minute', async () => {
    const limit = new RememberLimit();
    const results: string[] = [];
    for (let i = 0; i < REMEMBER_BURST + 3; i++) {
      results.push(await rememberText(`${LONG} Take ${i} of the same post, with a new ending.`, 'x', limit, NOW + i));
    }
    expect(results.filter((r) => r === 'remembered')).toHaveLength(REMEMBER_BURST);
    expect(results.slice(REMEMBER_BURST)).toEqual(['rate-limited', 'rate-limited', 'rate-limited']);
    expect(await rememberText(`${LONG} A later one.`, 'x', limit, NOW + REFILL_MS + 10)).toBe('remembered');
    expect(await rememberText('Too short to compare', 'x', limit, NOW + 2 * REFILL_MS)).toBe('too-short');
  });

  it('forgets fingerprints from before the key (version 1): they could never match', async () => {
    await fakeBrowser.storage.local.set({
      draftHistory: [{ signature, platform: 'x', at: NOW }],
      draftHistory$: { v: 1 },
    });
    await draftHistoryItem.migrate(); // what loading the extension does
    expect(await readHistory(NOW)).toEqual([]);
  });

  it('adds the repetition finding to a report made without it, as a full analysis with the history would', async () => {
    const limit = new RememberLimit();
    await rememberText(LONG, 'x', limit, NOW - 3 * 3_600_000);
    const check = new RepetitionCheck(async () => ({
      rememberDrafts: true,
      options: analysisOptions({}, { messageLang: 'en' }),
    }));
    const plain = analyze(LONG, { platform: 'linkedin', messageLang: 'en' });
    expect(plain.findings.some((f) => f.category === 'repetition')).toBe(false);
    const checked = await check.apply(plain, LONG, NOW);
    const { key } = await readFingerprintKey();
    const full = analyze(LONG, {
      platform: 'linkedin',
      messageLang: 'en',
      history: await readHistory(NOW),
      historyKey: key,
      now: NOW,
    });
    expect(checked.findings.map((f) => f.rule)).toContain('repetition/cross-post');
    expect(checked.score).toBe(full.score);
    expect(checked.subScores).toEqual(full.subScores);
    expect(checked.counts).toEqual(full.counts);
    expect([...checked.findings].map((f) => f.rule).sort()).toEqual([...full.findings].map((f) => f.rule).sort());

    const off = new RepetitionCheck(async () => ({
      rememberDrafts: false,
      options: analysisOptions({}, { messageLang: 'en' }),
    }));
    expect(await off.apply(plain, LONG, NOW)).toBe(plain);
  });
});
