/**
 * The content script: finds the box the user is writing in on X, LinkedIn or
 * Facebook and coaches it. Costs nothing when idle: a few capture-phase
 * listeners on the document, observers only on the focused editor, everything
 * torn down with the content-script context (navigation, extension reload).
 */
import { platformForUrl, SITE_MATCHES } from '@/utils/sites';
import type { ContentMessage, ContentSettings } from '@/utils/messages';
import type { AnalyzeOptions } from '@/analyzers/kit/types';
import { fingerprint } from '@/analyzers/repetition';
import { uiLanguageOf } from '@/utils/i18n';
import { Badge } from './badge';
import { editorRootOf, editorRootOfNode, isVisibleToUser } from './editable';
import { Highlighter } from './highlights';
import { CoachSession } from './session';
import { ADAPTERS } from './sites';

declare const __POST_COACH_E2E__: boolean;

/**
 * How often a coached editor is checked for removal (a sent post) and the
 * extension for a reload: only while an editor is coached.
 */
const ALIVE_CHECK_MS = 500;

export default defineContentScript({
  matches: SITE_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const platform = platformForUrl(location.href, __POST_COACH_E2E__);
    if (!platform) return;
    const adapter = ADAPTERS[platform];
    if (adapter.ignoresFrame?.(location)) return;

    const send = (message: ContentMessage) => {
      if (ctx.isInvalid) return;
      browser.runtime.sendMessage(message).catch(() => {
        // The background may be restarting; the next change sends again.
      });
    };
    const badge = new Badge(() => send({ type: 'coach/open-panel' }));
    const highlighter = new Highlighter(badge.boxes);
    const ids = new WeakMap<Element, string>();
    let nextId = 1;
    let session: CoachSession | null = null;
    let aliveTimer: number | undefined;
    /** Null until the background answers: coach with the defaults meanwhile. */
    let settings: ContentSettings | null = null;

    const analysisOptions = (): Partial<AnalyzeOptions> => {
      const messageLang = uiLanguageOf(settings?.uiLanguage ?? 'browser');
      return {
        messageLang,
        ...(settings && {
          settings: { disabledRules: settings.off, sensitivity: settings.sensitivity },
          houseRules: settings.houseRules,
          ownDomains: settings.ownDomains,
          history: settings.history,
        }),
      };
    };

    /** Only the fingerprint leaves this script; the background keeps it only if remembering is on. */
    const remember = (text: string) => {
      const signature = fingerprint(text);
      if (signature) send({ type: 'coach/remember', signature, platform });
    };

    const loadSettings = async () => {
      try {
        const answer: unknown = await browser.runtime.sendMessage({ type: 'coach/settings' } satisfies ContentMessage);
        if (isContentSettings(answer)) settings = answer;
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
      session = new CoachSession(root, platform, kind, id, { send, badge, highlighter, analysisOptions, remember });
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

    const capture = { capture: true } as const;
    // The coached editor stays watched after a blur (a click on Post blurs it before the
    // site clears it) until another editor takes the focus or it leaves the page.
    ctx.addEventListener(document, 'focusin', (event) => coach(editorRootOf(event)), capture);
    ctx.addEventListener(document, 'input', onEdit, capture);
    ctx.addEventListener(document, 'compositionend', onEdit, capture);
    // A single-page app moved on: whatever was being written there is gone.
    ctx.addEventListener(window, 'wxt:locationchange', () => endSession(true));
    ctx.onInvalidated(() => {
      // Extension reloaded or removed: leave the page exactly as it was, quietly.
      session?.detach();
      session = null;
      clearInterval(aliveTimer);
      highlighter.clear();
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

/** The background is trusted, but a half-updated extension may answer in an older shape. */
function isContentSettings(value: unknown): value is ContentSettings {
  const v = value as Partial<ContentSettings> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.sites === 'object' &&
    v.sites !== null &&
    Array.isArray(v.off) &&
    v.off.every((r) => typeof r === 'string') &&
    (v.sensitivity === 'gentle' || v.sensitivity === 'normal' || v.sensitivity === 'strict') &&
    (v.uiLanguage === 'browser' || v.uiLanguage === 'fr' || v.uiLanguage === 'en') &&
    Array.isArray(v.houseRules) &&
    Array.isArray(v.ownDomains) &&
    Array.isArray(v.history)
  );
}

function deepActiveElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
