import type { SiteAdapter } from './types';
import { closestDeep } from './types';

/**
 * X (x.com, twitter.com): Draft.js on the desktop web app, a plain textarea on
 * mobile web. Keyed on data-testid and Draft's own classes; X's atomic CSS
 * classes and localised aria-labels change too often to rely on.
 */
export const X_SELECTORS = {
  /** Every compose surface: timeline box, compose modal, thread posts (`_1`, `_2`…), replies. */
  editor: '[data-testid^="tweetTextarea_"][contenteditable="true"], [data-testid^="tweetTextarea_"] textarea',
  /** Draft.js' editor class, for surfaces that lost their data-testid. */
  draftEditor: '.public-DraftEditor-content[contenteditable="true"]',
  /** Popups (compose, reply, quote) are portals in #layers. */
  dialog: '#layers [role="dialog"], [role="dialog"][aria-labelledby="modal-header"]',
  /** A post shown in a reply/quote dialog: the box answers it. */
  quotedPost: '[data-testid="tweet"]',
  /** Direct messages are private conversations, not coached. */
  directMessage: '[data-testid^="dmComposer"], [data-testid="DmActivityContainer"]',
} as const;

/** Status pages (/user/status/123) hold the reply box. Local stand-ins live under /x/. */
const STATUS_PAGE = /\/status\/\d+\/?$/;

export const xAdapter: SiteAdapter = {
  platform: 'x',
  classify(root, location) {
    if (!root.matches(X_SELECTORS.editor) && !root.matches(X_SELECTORS.draftEditor)) return null;
    if (closestDeep(root, X_SELECTORS.directMessage)) return null;
    const dialog = closestDeep(root, X_SELECTORS.dialog);
    if (dialog) return dialog.querySelector(X_SELECTORS.quotedPost) ? 'reply' : 'post';
    return STATUS_PAGE.test(location.pathname) ? 'reply' : 'post';
  },
};
