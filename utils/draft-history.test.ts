import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fingerprint } from '@/analyzers';
import {
  clearHistory,
  draftHistoryItem,
  MAX_AGE_MS,
  MAX_FINGERPRINTS,
  readHistory,
  rememberDraft,
} from './draft-history';

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
