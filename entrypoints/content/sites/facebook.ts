import type { SiteAdapter } from './types';
import { closestDeep } from './types';

/**
 * Facebook: Lexical for the post composer and every comment and reply box.
 * Atomic class names and aria-labels (localised, personalised: "Comment as
 * Alex") are not reliable; the form around the editor is. Messenger chat boxes
 * are Lexical too and sit in no such form, so they are left alone.
 */
export const FACEBOOK_SELECTORS = {
  /** Lexical stamps its root with data-lexical-editor. */
  editor: '[data-lexical-editor="true"][contenteditable="true"][role="textbox"]',
  /** The post composer: a dialog holding a posting form. */
  composer: '[role="dialog"] form[method="post"]',
  /** Comment and reply boxes under posts. */
  commentForm: 'form[role="presentation"]',
} as const;

/** "Reply to Marie", "Répondre à Marie": only a tie-breaker between comment and reply. */
const REPLY_LABEL = /^(reply|answer|répondre|repondre)\b/i;

export const facebookAdapter: SiteAdapter = {
  platform: 'facebook',
  classify(root) {
    if (!root.matches(FACEBOOK_SELECTORS.editor)) return null;
    if (closestDeep(root, FACEBOOK_SELECTORS.composer)) return 'post';
    if (closestDeep(root, FACEBOOK_SELECTORS.commentForm)) {
      return REPLY_LABEL.test(root.getAttribute('aria-label') ?? '') ? 'reply' : 'comment';
    }
    return null;
  },
};
