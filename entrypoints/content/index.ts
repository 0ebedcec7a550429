/**
 * The content script: finds the box the user is writing in on X, LinkedIn or
 * Facebook and coaches it. Costs nothing when idle: a few capture-phase
 * listeners on the document, observers only on the focused editor, everything
 * torn down with the content-script context (navigation, extension reload).
 */
import { platformForUrl, SITE_MATCHES } from '@/utils/sites';
import type { ContentMessage, ContentSettings } from '@/utils/messages';
import type { AnalyzeOptions } from '@/analyzers/kit/types';
import { uiLanguageOf } from '@/utils/i18n';
import { newestAnswer } from '@/utils/newest-answer';
import { Badge } from './badge';
import { CardController } from './card-controller';
import { editorRootOf, editorRootOfNode, isVisibleToUser } from './editable';
import { Highlighter } from './highlights';
import { CoachSession } from './session';
import { ADAPTERS } from './sites';

declare const __POST_COACH_E2E__: boolean;

/** Firefox's content-script helpers that hand values and functions to the page's own scripts. */
declare function cloneInto<T>(value: T, target: object, options?: { cloneFunctions?: boolean }): T;
declare function exportFunction(fn: () => unknown, target: object, options: { defineAs: string }): void;

/** The e2e hook's readers, exported to the page (Firefox e2e build only): each answer is a copy. */
function exposeToFirefoxTests(hook: Record<string, () => unknown>) {
  const page = (window as unknown as { wrappedJSObject: Record<string, unknown> }).wrappedJSObject;
  const target = cloneInto({}, window);
  for (const [name, read] of Object.entries(hook)) {
    exportFunction(() => cloneInto(read() ?? null, window), target, { defineAs: name });
  }
  page.__postCoachE2E = target;
}

/**
 * How often a coached editor is checked for removal (a sent post) and the
 * extension for a reload: only while an editor is coached.
 */
const ALIVE_CHECK_MS = 500;

/** The user's own input into an editor: what lets the coach start on it (typing ones: what lets it remember). */
const TRUSTED_INPUT = { keydown: true, beforeinput: true, paste: true, drop: true, pointerdown: false } as const;

/** WXT's "a newer copy started" event; a page can dispatch it too (see `main`). */
const SCRIPT_STARTED = 'content:wxt:content-script-started';

/**
 * The e2e build's demo landing page (`npm start`) shows each stand-in in a frame
 * of its own, so the first screen has every compose box: coached there too.
 */
function inDemoPage(): boolean {
  try {
    return (
      window.parent === window.top &&
      window.top.location.origin === location.origin &&
      window.top.location.pathname === '/'
    );
  } catch {
    return false; // a cross-origin top is never the demo
  }
}

export default defineContentScript({
  matches: SITE_MATCHES,
  // LinkedIn renders some composers in same-origin frames; the adapters say which frames are coached.
  allFrames: true,
  runAt: 'document_idle',
  // WXT's postMessage would tell every script on the page the extension's id.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const platform = platformForUrl(location.href, __POST_COACH_E2E__);
    if (!platform) return;
    const adapter = ADAPTERS[platform];
    if (window !== window.top && !adapter.coachesFrames && !(__POST_COACH_E2E__ && inDemoPage())) return;
    if (adapter.ignoresFrame?.(location)) return;
    // WXT stops an older copy of this script when a newer one announces itself
    // with a DOM event, which a page's script can forge to switch the coach off.
    // An extension reload or update already invalidates the old copy (its
    // runtime is gone), so the announcement is not needed: none gets through.
    window.addEventListener(`${browser.runtime.id}:${SCRIPT_STARTED}`, (event) => event.stopImmediatePropagation(), {
      capture: true,
      signal: ctx.signal,
    });

    const send = (message: ContentMessage) => {
      if (ctx.isInvalid) return;
      browser.runtime.sendMessage(message).catch(() => {
        // The background may be restarting; the next change sends again.
      });
    };
    /** When the badge showed each report (performance.now(), the page's clock): the bench's latency probe. */
    const shownAt: number[] = [];
    const badge = new Badge(
      () => send({ type: 'coach/open-panel' }),
      __POST_COACH_E2E__ ? () => shownAt.push(performance.now()) : undefined,
    );
    const highlighter = new Highlighter(badge.boxes);
    let session: CoachSession | null = null;
    const cards = new CardController({
      session: () => (session?.isTrusted ? session : null),
      // The background resolves the UI language into the messages' language: the card speaks it too.
      lang: () => {
        const lang = settings?.options.messageLang;
        return lang === 'fr' || lang === 'en' ? lang : uiLanguageOf('browser');
      },
      openPanel: () => send({ type: 'coach/open-panel' }),
      muteRule: (rule) => send({ type: 'coach/mute', rule }),
    });
    if (__POST_COACH_E2E__) {
      // Test build only, and in this script's isolated world: the page never sees it.
      const hook = {
        badge: () => badge.state,
        shownAt: () => shownAt,
        card: () => cards.state,
        // The card's closed root, for the accessibility check run in this world.
        cardRoot: () => cards.card.root,
      };
      (globalThis as { __postCoachE2E?: unknown }).__postCoachE2E = hook;
      // Firefox's test driver has no DevTools protocol to reach the isolated world: the Firefox
      // e2e build alone hands the page a read-only copy (the hostile-page test runs in Chromium).
      if (import.meta.env.FIREFOX) exposeToFirefoxTests(hook);
    }
    const ids = new WeakMap<Element, string>();
    /** Editors the user's own input reached (a page's focus() or text alone never gets here). */
    const touched = new WeakSet<Element>();
    let nextId = 1;
    let aliveTimer: number | undefined;
    /** Null until the background answers: coach with the defaults meanwhile. */
    let settings: ContentSettings | null = null;

    /** Made by the background from the settings in force (`analysisOptions`); the browser's language meanwhile. */
    const analysisOptions = (): Partial<AnalyzeOptions> =>
      settings?.options ?? { messageLang: uiLanguageOf('browser') };

    /** The background fingerprints it with the install's key, and keeps it only if remembering is on. */
    const remember = (text: string) => send({ type: 'coach/remember', text, platform });

    // The background's own answer (a page cannot answer it); no answer while it restarts.
    const askSettings = newestAnswer(
      () =>
        browser.runtime.sendMessage({ type: 'coach/settings' } satisfies ContentMessage) as Promise<
          ContentSettings | undefined
        >,
    );
    const loadSettings = async () => {
      try {
        const answer = await askSettings();
        if (!answer) return; // a later question's answer, newer, is in force already
        if (answer.value?.type === 'coach/settings') settings = answer.value;
      } catch {
        return; // background restarting: keep what we have
      }
      if (ctx.isInvalid) return;
      if (!settings?.sites[platform]) endSession();
      else session?.refresh();
    };

    /** `gone`: the editor left the page (post sent, navigation), so its draft is remembered. */
    const endSession = (gone = false) => {
      session?.end(gone);
      session = null;
      clearInterval(aliveTimer);
    };

    const coach = (root: HTMLElement | null) => {
      if (!root || session?.root === root || settings?.sites[platform] === false) return;
      const kind = adapter.classify(root, location);
      if (!kind || !isVisibleToUser(root)) return;
      endSession();
      let id = ids.get(root);
      if (!id) ids.set(root, (id = `c${nextId++}`));
      session = new CoachSession(root, platform, kind, id, {
        send,
        badge,
        highlighter,
        analysisOptions,
        remember,
        card: cards,
      });
      // Trusted from a click before the focus; "typed" only from keys typed in this session.
      if (touched.has(root)) session.trust(false);
      session.attach();
      clearInterval(aliveTimer);
      // Through the context: a reloaded extension is noticed here too, and everything is torn down.
      aliveTimer = ctx.setInterval(() => {
        if (session && !session.alive) endSession(true);
      }, ALIVE_CHECK_MS);
    };

    const onEdit = (event: Event) => {
      if (session && event.composedPath().includes(session.root)) session.schedule();
    };

    /** A click before the focus (the usual order) is kept for the session the focus starts. */
    const onTrustedInput = (event: Event) => {
      if (!event.isTrusted) return;
      const root = editorRootOf(event);
      if (!root) return;
      touched.add(root);
      if (session?.root === root) session.trust(TRUSTED_INPUT[event.type as keyof typeof TRUSTED_INPUT] ?? false);
    };

    const capture = { capture: true } as const;
    for (const type of Object.keys(TRUSTED_INPUT)) ctx.addEventListener(document, type, onTrustedInput, capture);
    // The coached editor stays watched after a blur (a click on Post blurs it before the
    // site clears it) until another editor takes the focus or it leaves the page.
    ctx.addEventListener(document, 'focusin', (event) => coach(editorRootOf(event)), capture);
    ctx.addEventListener(document, 'input', onEdit, capture);
    ctx.addEventListener(document, 'compositionend', onEdit, capture);
    // The card on the marks: the pointer over them, a click on them, its shortcut.
    ctx.addEventListener(document, 'pointermove', (event) => cards.onPointerMove(event), {
      capture: true,
      passive: true,
    });
    ctx.addEventListener(document, 'click', (event) => cards.onClick(event), capture);
    ctx.addEventListener(
      document,
      'keydown',
      (event) => {
        if (!event.isTrusted || !cards.onKeyDown(event)) return;
        event.preventDefault();
        event.stopImmediatePropagation();
      },
      capture,
    );
    // A single-page app moved on: whatever was being written there is gone.
    ctx.addEventListener(window, 'wxt:locationchange', () => endSession(true));
    // The page itself goes (another page or site in this tab, a reload, a removed frame): the side
    // panel must stop showing its draft now, not when a box is next focused. Not remembered: the
    // draft may come back with the page (back button), where the focused box is coached again.
    ctx.addEventListener(window, 'pagehide', () => endSession());
    ctx.addEventListener(window, 'pageshow', (event) => {
      if ((event as PageTransitionEvent).persisted) coach(editorRootOfNode(deepActiveElement()));
    });
    ctx.onInvalidated(() => {
      // Extension reloaded or removed: leave the page exactly as it was, quietly.
      session?.detach();
      session = null;
      clearInterval(aliveTimer);
      highlighter.clear();
      cards.destroy();
      badge.remove();
    });
    // Settings changed in the options or the side panel: apply them to the draft being written.
    const onStorageChange = (changes: Record<string, unknown>, area: string) => {
      // The organisation's policy (its copy, managedPolicy) applies at once too.
      const keys = ['settings', 'houseRules', 'draftHistory', 'managedPolicy'];
      if (area === 'local' && keys.some((key) => key in changes)) void loadSettings();
    };
    browser.storage.onChanged.addListener(onStorageChange);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorageChange));
    void loadSettings();
    // An editor may already have the focus when the script starts (reload, late injection).
    coach(editorRootOfNode(deepActiveElement()));
  },
});

function deepActiveElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
