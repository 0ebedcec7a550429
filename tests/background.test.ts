/**
 * The background's dispatch, driven as Chrome drives it: each known message
 * does its one thing, and anything else (an unknown type, a malformed message,
 * an unexpected sender) is ignored with its reason in the console, never
 * mistaken for another message.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { analyze } from '@/analyzers';
import { analysisOptions } from '@/utils/analysis-options';
import { settingsItem } from '@/utils/settings';
import type { ComposerReport, ContentSettings, PanelMessage } from '@/utils/messages';

const TAB = 12;
const FROM_TAB = { id: fakeBrowser.runtime.id, tab: { id: TAB, windowId: 3 }, frameId: 0, url: 'https://x.com/home' };
const FROM_PAGE = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
const TEXT = 'Like and share if you agree!';
const entry: ComposerReport = {
  composerId: 'c1',
  platform: 'x',
  kind: 'post',
  text: TEXT,
  report: analyze(TEXT, { platform: 'x', kind: 'post', messageLang: 'en' }),
  at: 1,
};

let warnings: string[];
let pushes: PanelMessage[];
let openPanel: ReturnType<typeof vi.fn>;

/** Sends one message as `sender`; resolves with the answer, or undefined when none comes. */
async function send(message: unknown, sender: object): Promise<unknown> {
  let answer: (value: unknown) => void = () => {};
  const answered = new Promise((resolve) => (answer = resolve));
  const [async] = (await fakeBrowser.runtime.onMessage.trigger(message, sender as never, answer)) as unknown[];
  return async ? answered : undefined;
}

/** Lets the background's queued work (store, push) finish. */
const settle = () => vi.waitFor(() => new Promise((resolve) => setTimeout(resolve, 0)));

beforeEach(() => {
  warnings = [];
  pushes = [];
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args.join(' ')));
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: PanelMessage) => {
    pushes.push(message);
  }) as never);
  openPanel = vi.fn(async () => {});
  (fakeBrowser as unknown as { sidePanel: { open: unknown } }).sidePanel.open = openPanel;
  background.main();
});

afterEach(() => vi.restoreAllMocks());

describe('background dispatch', () => {
  it('stores a report, pushes it to the pages with the report in it, and answers a page that asks', async () => {
    await send({ type: 'coach/report', entry }, FROM_TAB);
    await vi.waitFor(() => expect(pushes).toHaveLength(1));
    expect(pushes[0]).toMatchObject({ type: 'panel/report', tabId: TAB, entry: { composerId: '0/c1', text: TEXT } });
    expect(await send({ type: 'panel/get', tabId: TAB }, FROM_PAGE)).toEqual(pushes[0]);

    await send({ type: 'coach/clear', composerId: 'c1' }, FROM_TAB);
    await vi.waitFor(() => expect(pushes).toHaveLength(2));
    expect(pushes[1]).toEqual({ type: 'panel/report', tabId: TAB, entry: null });
    expect(warnings).toEqual([]);
  });

  it('answers the content script with the analysis options made from the settings in force', async () => {
    await settingsItem.setValue({ mutedRules: ['begging/like'], sensitivity: 'strict', uiLanguage: 'fr' });
    const answer = (await send({ type: 'coach/settings' }, FROM_TAB)) as ContentSettings;
    expect(answer).toEqual({
      type: 'coach/settings',
      sites: { x: true, linkedin: true, facebook: true },
      options: analysisOptions({ mutedRules: ['begging/like'], sensitivity: 'strict' }, { messageLang: 'fr' }),
    });
  });

  it('opens the side panel only when asked to', async () => {
    await send({ type: 'coach/open-panel' }, FROM_TAB);
    expect(openPanel).toHaveBeenCalledWith({ tabId: TAB, windowId: 3 });
  });

  it.each([
    [
      'an unknown content message',
      { type: 'coach/open-everything' },
      FROM_TAB,
      'unknown content message: "coach/open-everything"',
    ],
    ['a message without a type', { entry }, FROM_TAB, 'unknown content message: no type (undefined)'],
    ['not an object', 'coach/open-panel', FROM_TAB, 'unknown content message: no type (undefined)'],
    [
      'a malformed report',
      { type: 'coach/report', entry: { ...entry, kind: 'story' } },
      FROM_TAB,
      'malformed coach/report: entry.kind',
    ],
    ['an unknown page message', { type: 'coach/open-panel' }, FROM_PAGE, 'unknown page message: "coach/open-panel"'],
    ['a malformed page question', { type: 'panel/get', tabId: -1 }, FROM_PAGE, 'malformed page message'],
    [
      'another extension',
      { type: 'coach/open-panel' },
      { ...FROM_TAB, id: 'other-extension' },
      'from another extension',
    ],
    [
      'a sender with no tab',
      { type: 'coach/open-panel' },
      { id: fakeBrowser.runtime.id, url: 'https://x.com/' },
      'from an unexpected sender',
    ],
  ])('ignores %s, says why, and does nothing else', async (_name, message, sender, reason) => {
    expect(await send(message, sender)).toBeUndefined();
    await settle();
    expect(warnings).toEqual([expect.stringContaining(`[post-coach] ignored a message: ${reason}`)]);
    expect(openPanel).not.toHaveBeenCalled();
    expect(pushes).toEqual([]);
    expect(await send({ type: 'panel/get', tabId: TAB }, FROM_PAGE)).toEqual({
      type: 'panel/report',
      tabId: TAB,
      entry: null,
    });
  });

  it('says each reason once, however often it comes', async () => {
    for (let i = 0; i < 3; i++) await send({ type: 'coach/nope' }, FROM_TAB);
    expect(warnings).toHaveLength(1);
  });
});
