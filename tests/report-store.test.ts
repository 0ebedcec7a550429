import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '@/analyzers';
import type { ComposerReport } from '@/utils/messages';
import { ReportStore, type SessionArea } from '@/utils/report-store';

const entry = (composerId: string, text: string, at: number): ComposerReport => ({
  composerId,
  platform: 'x',
  kind: 'post',
  text,
  report: analyze(text, { platform: 'x' }),
  at,
});

/** An in-memory session area whose writes finish only when `flush` is called. */
function slowArea(initial: Record<string, unknown> = {}) {
  let saved: Record<string, unknown> = structuredClone(initial);
  const pending: (() => void)[] = [];
  const area: SessionArea = {
    get: async (key) => ({ [key]: saved[key] }),
    set: vi.fn(
      (items: Record<string, unknown>) =>
        new Promise<void>((resolve) =>
          pending.push(() => {
            saved = { ...saved, ...structuredClone(items) };
            resolve();
          }),
        ),
    ),
  };
  /** Lets pending writes finish, a turn at a time, until none is left. */
  const flush = async () => {
    for (let idle = 0; idle < 3;) {
      await new Promise((r) => setTimeout(r, 0));
      if (pending.length) {
        pending.shift()!();
        idle = 0;
      } else idle++;
    }
  };
  return { area, flush, saved: () => saved };
}

afterEach(() => vi.restoreAllMocks());

describe('ReportStore', () => {
  it('follows the composer written in last, and forgets cleared composers and closed tabs', async () => {
    const store = new ReportStore(undefined);
    await store.put(1, entry('a', 'Like and share!', 1));
    await store.put(1, entry('b', 'Thanks to the team', 2));
    await store.put(2, entry('c', 'Hello', 3));
    expect((await store.active(1))?.composerId).toBe('b');
    expect(await store.clear(1, 'b')).toBe(true);
    expect((await store.active(1))?.composerId).toBe('a');
    expect(await store.clear(1, 'b')).toBe(false);
    await store.forgetTab(2);
    expect(await store.active(2)).toBeNull();
  });

  it('tells each change of a tab’s active report at once, before the write to session storage finishes', async () => {
    const { area, flush } = slowArea();
    const told: (string | null)[] = [];
    const slow = new ReportStore(area, (_tabId, active) => told.push(active?.composerId ?? null));
    const put = slow.put(1, entry('a', 'Like and share!', 1));
    await vi.waitFor(() => expect(told).toEqual(['a']));
    expect(vi.mocked(area.set).mock.calls.length).toBeLessThanOrEqual(1);
    await flush();
    await put;

    const changes: [number, string | null][] = [];
    const store = new ReportStore(undefined, (tabId, active) => changes.push([tabId, active?.composerId ?? null]));
    await store.put(1, entry('a', 'Like and share!', 1));
    await store.put(1, entry('b', 'Thanks to the team', 2));
    await store.clear(1, 'b');
    await store.clear(1, 'missing');
    await store.forgetTab(1);
    await store.forgetTab(1);
    expect(changes).toEqual([
      [1, 'a'],
      [1, 'b'],
      [1, 'a'],
      [1, null],
    ]);
  });

  it('coalesces the writes of fast typing and saves the latest state', async () => {
    const { area, flush, saved } = slowArea();
    const store = new ReportStore(area);
    const puts = Array.from({ length: 10 }, (_, i) => store.put(7, entry('a', `draft ${i}`, i)));
    await flush();
    await Promise.all(puts);
    expect(vi.mocked(area.set).mock.calls.length).toBeLessThanOrEqual(2);
    const tabs = saved()['coach:reports'] as Record<string, { composers: Record<string, ComposerReport> }>;
    expect(tabs['7']!.composers.a!.text).toBe('draft 9');
  });

  it('restores saved reports entry by entry, dropping corrupted ones with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const good = entry('a', 'Like and share!', 5);
    const { area } = slowArea({
      'coach:reports': {
        '3': { active: 'b', composers: { a: good, b: { composerId: 'b', text: 42 } } },
        '4': null,
        nope: { active: 'a', composers: { a: good } },
        '5': { active: 'x', composers: { x: { ...good, composerId: 'y' } } },
      },
    });
    const store = new ReportStore(area);
    expect(await store.active(3)).toEqual(good);
    expect(await store.active(4)).toBeNull();
    expect(await store.active(5)).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('dropped 2 unreadable'));
  });

  it('starts empty when the saved value is not an object or cannot be read', async () => {
    for (const area of [
      { get: async () => ({ 'coach:reports': 'garbage' }), set: async () => {} },
      { get: () => Promise.reject(new Error('no session storage')), set: async () => {} },
    ] satisfies SessionArea[]) {
      const store = new ReportStore(area);
      expect(await store.active(1)).toBeNull();
      await store.put(1, entry('a', 'Hi', 1));
      expect((await store.active(1))?.composerId).toBe('a');
    }
  });
});
