import type { SiteAdapter } from './types';
import { closestDeep } from './types';

/**
 * LinkedIn runs several editor generations side by side: the classic share box
 * (Quill inside the open shadow root of #interop-outlet), the new share dialog
 * (TipTap/ProseMirror keyed `ShareBox_textEditor`), TipTap comment and reply
 * boxes, and legacy Quill comment boxes. Hashed class names rotate, so only
 * data-test attributes, componentkeys and the editors' own classes are used.
 */
export const LINKEDIN_SELECTORS = {
  /** Any editor root the coach can read. */
  editor:
    '.ql-editor[contenteditable="true"], .ProseMirror[contenteditable="true"], [componentkey="ShareBox_textEditor"][contenteditable="true"]',
  /** Post boxes: the classic modal (in the shadow root), its older light-DOM form, the new SDUI dialog. */
  post: '[data-test-modal-id="sharebox"], .share-creation-state__text-editor, [data-sdui-screen*="sharing.ShareCompose"], [componentkey="ShareBox_textEditor"]',
  /** Replies to a comment: new (componentkey) and legacy forms. Checked before comments, which contain them. */
  reply: '[componentkey^="replaceableComment_"], .comments-comment-box--cr, .comments-reply-box__form',
  /** Comment boxes: TipTap (componentkey, wrapper test id, view name) and legacy Quill forms. */
  comment:
    '[componentkey^="commentBox-"], [data-testid="ui-core-tiptap-text-editor-wrapper"], [data-view-name="comment-box"], .comments-comment-box__form',
  /** Messaging is private, never coached. */
  directMessage: '.msg-form__contenteditable, .msg-form',
} as const;

/** Hidden same-origin frames that preload a share box: their editors are decoys. */
const PRELOAD_FRAME = /\/preload\//;

export const linkedinAdapter: SiteAdapter = {
  platform: 'linkedin',
  coachesFrames: true,
  ignoresFrame: (location) => PRELOAD_FRAME.test(location.pathname),
  classify(root) {
    if (!root.matches(LINKEDIN_SELECTORS.editor)) return null;
    if (closestDeep(root, LINKEDIN_SELECTORS.directMessage)) return null;
    if (closestDeep(root, LINKEDIN_SELECTORS.post)) return 'post';
    if (closestDeep(root, LINKEDIN_SELECTORS.reply)) return 'reply';
    if (closestDeep(root, LINKEDIN_SELECTORS.comment)) return 'comment';
    // A bare .ql-editor outside every known box is the decoy LinkedIn leaves around.
    return null;
  },
};
