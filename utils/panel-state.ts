/**
 * What the side panel and the popup show: the tab they follow and the report
 * of its active composer, kept live by the background's pushes (`panel/report`,
 * see `messages.ts`). A page asks once, when it opens or follows another tab;
 * every change after that arrives with the state in it.
 */
import { useEffect, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { PanelMessageSchema } from './message-schemas';
import type { ComposerReport, PageMessage } from './messages';

/** `?tabId=N` pins a page to one tab (pop-out windows, tests); null otherwise. */
export function fixedTabOf(search: string): number | null {
  const fixed = Number(new URLSearchParams(search).get('tabId'));
  return Number.isInteger(fixed) && fixed > 0 ? fixed : null;
}

/** The tab to follow: the pinned one, else the active tab of this window, switched as soon as another is. */
export function useFollowedTab(search = location.search): number | null {
  const fixed = fixedTabOf(search);
  const [tabId, setTabId] = useState<number | null>(fixed);
  useEffect(() => {
    if (fixed !== null) return;
    const pick = () =>
      browser.tabs
        .query({ active: true, currentWindow: true })
        .then(([tab]) => setTabId(tab?.id ?? null))
        .catch(() => setTabId(null));
    void pick();
    browser.tabs.onActivated.addListener(pick);
    return () => browser.tabs.onActivated.removeListener(pick);
  }, [fixed]);
  return tabId;
}

const warned = new Set<string>();
/** Anything malformed is ignored, and said once in the console. */
function warnOnce(why: string) {
  if (warned.has(why)) return;
  warned.add(why);
  console.warn(`[post-coach] ignored a message: ${why}`);
}

/** Sent by the extension itself (its background), not by a content script in a web page. */
function fromExtension(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

/**
 * Calls `onEntry` with the tab's active report now (asked once) and at every
 * push after it; returns the unsubscribe. A push that arrives before the
 * answer wins: it is at least as new, and any later change pushes again.
 */
export function watchTabReport(tabId: number, onEntry: (entry: ComposerReport | null) => void): () => void {
  let current = true;
  let pushed = false;
  const onMessage = (raw: unknown, sender: Browser.runtime.MessageSender) => {
    // Pages also hear what content scripts send the background: none of it is for them.
    if (!fromExtension(sender) || (raw as { type?: unknown } | null)?.type !== 'panel/report') return;
    const parsed = PanelMessageSchema.safeParse(raw);
    if (!parsed.success) return warnOnce('malformed panel report');
    if (parsed.data.tabId !== tabId) return;
    pushed = true;
    onEntry(parsed.data.entry);
  };
  browser.runtime.onMessage.addListener(onMessage);
  browser.runtime
    .sendMessage({ type: 'panel/get', tabId } satisfies PageMessage)
    .then((raw: unknown) => {
      if (!current || pushed) return;
      const parsed = PanelMessageSchema.safeParse(raw);
      if (!parsed.success) warnOnce('malformed panel state');
      onEntry(parsed.success && parsed.data.tabId === tabId ? parsed.data.entry : null);
    })
    .catch(() => current && !pushed && onEntry(null));
  return () => {
    current = false;
    browser.runtime.onMessage.removeListener(onMessage);
  };
}

/**
 * The latest report of the tab's active composer, kept live: `undefined`
 * until the background has answered, so that a page does not flash "no draft
 * here" while it asks; `null` when the tab has no draft (or there is no tab).
 */
export function useTabReport(tabId: number | null): ComposerReport | null | undefined {
  const [entry, setEntry] = useState<ComposerReport | null | undefined>(tabId === null ? null : undefined);
  useEffect(() => {
    setEntry(tabId === null ? null : undefined);
    if (tabId === null) return;
    return watchTabReport(tabId, setEntry);
  }, [tabId]);
  return entry;
}
