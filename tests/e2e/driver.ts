/**
 * What the shared end-to-end scenarios need from a browser, so the same
 * scenarios run in Chromium (playwright-core) and in Firefox (puppeteer-core
 * over WebDriver BiDi). Selectors are CSS, looked up through open shadow roots;
 * `>>>` crosses into a shadow root explicitly. The badge's root is closed: its
 * state comes from `badge()`, a click goes to its host.
 */

export interface BadgeState {
  score: number;
  hints: number;
  kind: string;
  platform: string;
}

/** One tab: a stand-in page or an extension page. */
export interface Tab {
  goto(url: string): Promise<void>;
  /** Clicks the element, as a person would (a real input event). */
  click(selector: string): Promise<void>;
  /** Moves the focus into the element, in the named iframe when given (its title). */
  focus(selector: string, frameTitle?: string): Promise<void>;
  /** Types text one key at a time. */
  type(text: string): Promise<void>;
  /** Presses one key or chord: `Enter`, `Backspace`, `Shift+Enter`. */
  press(key: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Makes this the active tab of its window. */
  front(): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
  /** The badge's state from the e2e build's test hook (the page's own scripts cannot read the badge). */
  badge(): Promise<BadgeState | null>;
  /** Uncaught errors of the page, for the "no error" checks. */
  errors: string[];
}

export interface Driver {
  browser: 'chromium' | 'firefox';
  /** The stand-in pages (http://localhost:port). */
  origin: string;
  newTab(): Promise<Tab>;
  /** Opens an extension page (`sidepanel.html?tabId=3`) in a new tab. */
  extensionTab(path: string): Promise<Tab>;
  /** The extension's id of the tab (it sees no URLs: it has no "tabs" permission). */
  tabIdOf(tab: Tab): Promise<number>;
  close(): Promise<void>;
}

/** Starts a browser: with the e2e build of the extension, or without it (the control). */
export type Launch = (options?: { extension?: boolean }) => Promise<Driver>;

/** `Shift+Enter` → ['Shift', 'Enter']. */
export const chord = (key: string): string[] => key.split('+');

/** Polls until `check` holds (for hooks, where expect.poll is not available). */
export async function until(check: () => Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A data attribute of every element matching the selector. */
export const dataOf = (tab: Tab, selector: string, key: string) =>
  tab.evaluate(([s, k]) => [...document.querySelectorAll<HTMLElement>(s)].map((e) => e.dataset[k] ?? ''), [
    selector,
    key,
  ] as const);

export const count = (tab: Tab, selector: string) => tab.evaluate((s) => document.querySelectorAll(s).length, selector);

export const textOf = (tab: Tab, selector: string) =>
  tab.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);

/** Sets a field's value as typing would (React's own value setter, then `input` and `change`). */
export const fill = (tab: Tab, selector: string, value: string) =>
  tab.evaluate(
    ([s, v]) => {
      const field = document.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(s);
      if (!field) throw new Error(`no field ${s}`);
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')!.set!;
      setter.call(field, v);
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [selector, value] as const,
  );
