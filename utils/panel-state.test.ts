import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '@/analyzers';
import type { ComposerReport, PanelMessage } from './messages';
import { watchTabReport } from './panel-state';

const BACKGROUND = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/background.js') };
const CONTENT_SCRIPT = { id: fakeBrowser.runtime.id, tab: { id: 4 }, url: 'https://x.com/home' } as never;

const entryOf = (text: string): ComposerReport => ({
  composerId: '0/c1',
  platform: 'x',
  kind: 'post',
  text,
  report: analyze(text, { platform: 'x' }),
  at: 1,
});
const report = (tabId: number, entry: ComposerReport | null): PanelMessage => ({ type: 'panel/report', tabId, entry });

/** The background's answer to `panel/get`, held until the test lets it go. */
function heldAnswer() {
  let release: (answer: unknown) => void = () => {};
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    (() => new Promise((resolve) => (release = resolve))) as never,
  );
  return (answer: unknown) => release(answer);
}

describe('watchTabReport', () => {
  it('asks once, then takes every push for its tab from the background, and nothing else', async () => {
    const answer = heldAnswer();
    const seen: (string | null)[] = [];
    const stop = watchTabReport(4, (entry) => seen.push(entry?.text ?? null));
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'panel/get', tabId: 4 });
    answer(report(4, entryOf('Like this')));
    await vi.waitFor(() => expect(seen).toEqual(['Like this']));

    await fakeBrowser.runtime.onMessage.trigger(report(4, entryOf('Like and share')), BACKGROUND, () => {});
    await fakeBrowser.runtime.onMessage.trigger(report(5, entryOf('another tab')), BACKGROUND, () => {});
    // What a content script sends the background reaches pages too: never taken for a push.
    await fakeBrowser.runtime.onMessage.trigger(report(4, entryOf('from a page')), CONTENT_SCRIPT, () => {});
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'coach/report', entry: entryOf('x') },
      CONTENT_SCRIPT,
      () => {},
    );
    await fakeBrowser.runtime.onMessage.trigger(report(4, null), BACKGROUND, () => {});
    expect(seen).toEqual(['Like this', 'Like and share', null]);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledTimes(1);

    stop();
    await fakeBrowser.runtime.onMessage.trigger(report(4, entryOf('after')), BACKGROUND, () => {});
    expect(seen).toEqual(['Like this', 'Like and share', null]);
  });

  it('keeps a push that arrives before the answer: the answer is no newer', async () => {
    const answer = heldAnswer();
    const seen: (string | null)[] = [];
    watchTabReport(4, (entry) => seen.push(entry?.text ?? null));
    await fakeBrowser.runtime.onMessage.trigger(report(4, entryOf('pushed')), BACKGROUND, () => {});
    answer(report(4, entryOf('asked')));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(['pushed']);
  });

  it('shows nothing, and says so once, when the answer is not a panel report', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const answer = heldAnswer();
    const seen: (string | null)[] = [];
    watchTabReport(4, (entry) => seen.push(entry?.text ?? null));
    answer({ tabId: 4 });
    await vi.waitFor(() => expect(seen).toEqual([null]));
    expect(warn).toHaveBeenCalledWith('[post-coach] ignored a message: malformed panel state');
  });
});
