import type { BoxKind, Platform } from '../../analyzers/kit/types';
import type { Tab } from './driver';

/** One compose box of a stand-in page, and how to use it as a person would. */
export interface Composer {
  name: string;
  platform: Platform;
  kind: BoxKind;
  path: string;
  /** The fixture's own name for the editor (window.__fixture.texts). */
  model: string;
  /** Opens whatever must be opened, returns the editor's selector. */
  open(page: Tab): Promise<string>;
  /** Presses the site's Post / Reply / Comment control. */
  post(page: Tab): Promise<void>;
  /** Key for a new line: Enter, or Shift+Enter where Enter sends. */
  newline: string;
  /** The label the fixture records the post under. */
  postedAs: string;
}

const click = (selector: string) => async (page: Tab) => {
  await page.click(selector);
};

export const COMPOSERS: Composer[] = [
  {
    name: 'X timeline post',
    platform: 'x',
    kind: 'post',
    path: '/x/',
    model: 'timeline',
    open: async () => '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]',
    post: click('[data-testid="tweetButtonInline"]'),
    newline: 'Enter',
    postedAs: 'timeline',
  },
  {
    name: 'X compose modal, second post of a thread',
    platform: 'x',
    kind: 'post',
    path: '/x/',
    model: 'modal-1',
    open: async (page) => {
      await page.click('[data-testid="SideNav_NewTweet_Button"]');
      await page.click('[data-testid="addButton"]');
      return '#layers [data-testid="tweetTextarea_1"]';
    },
    post: click('[data-testid="tweetButton"]'),
    newline: 'Enter',
    postedAs: 'modal-1',
  },
  {
    name: 'X reply on a status page',
    platform: 'x',
    kind: 'reply',
    path: '/x/coach/status/1',
    model: 'reply',
    open: async (page) => {
      await page.click('[data-testid="tweetTextarea_0_label"][role="button"]');
      return '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"][contenteditable="true"]';
    },
    post: click('[data-testid="tweetButtonInline"]'),
    newline: 'Enter',
    postedAs: 'reply',
  },
  {
    name: 'LinkedIn classic share box (Quill in a shadow root)',
    platform: 'linkedin',
    kind: 'post',
    path: '/linkedin/',
    model: 'sharebox',
    open: async (page) => {
      await page.click('#start-post');
      return '[data-test-modal-id="sharebox"] .ql-editor';
    },
    post: click('.share-actions__primary-action'),
    newline: 'Enter',
    postedAs: 'sharebox',
  },
  {
    name: 'LinkedIn new share dialog (TipTap)',
    platform: 'linkedin',
    kind: 'post',
    path: '/linkedin/',
    model: 'sdui',
    open: async (page) => {
      await page.click('#start-post-new');
      return '[componentkey="ShareBox_textEditor"]';
    },
    post: click('#sdui-post'),
    newline: 'Enter',
    postedAs: 'sdui',
  },
  {
    name: 'LinkedIn comment (TipTap)',
    platform: 'linkedin',
    kind: 'comment',
    path: '/linkedin/',
    model: 'comment',
    open: async () => '#comment-editor .ProseMirror',
    post: click('#comment-submit'),
    newline: 'Enter',
    postedAs: 'comment',
  },
  {
    name: 'LinkedIn reply (TipTap)',
    platform: 'linkedin',
    kind: 'reply',
    path: '/linkedin/',
    model: 'reply',
    open: async () => '#reply-editor .ProseMirror',
    post: click('#reply-submit'),
    newline: 'Enter',
    postedAs: 'reply',
  },
  {
    name: 'LinkedIn legacy comment (Quill)',
    platform: 'linkedin',
    kind: 'comment',
    path: '/linkedin/',
    model: 'legacy-comment',
    open: async () => '#legacy-comment .ql-editor',
    post: click('#legacy-submit'),
    newline: 'Enter',
    postedAs: 'legacy-comment',
  },
  {
    name: 'Facebook post composer (Lexical rich text)',
    platform: 'facebook',
    kind: 'post',
    path: '/facebook/',
    model: 'composer',
    open: async (page) => {
      await page.click('#open-composer');
      return '#composer-editor [data-lexical-editor="true"]';
    },
    post: click('#composer-post'),
    newline: 'Enter',
    postedAs: 'composer',
  },
  {
    name: 'Facebook comment (Lexical plain text, Enter sends)',
    platform: 'facebook',
    kind: 'comment',
    path: '/facebook/',
    model: 'comment-1',
    open: async () => '[aria-label="Comment as Alex Doe"]',
    post: async (page) => page.press('Enter'),
    newline: 'Shift+Enter',
    postedAs: 'comment-1',
  },
  {
    name: 'Facebook reply (Lexical plain text)',
    platform: 'facebook',
    kind: 'reply',
    path: '/facebook/',
    model: 'reply-1',
    open: async () => '[aria-label="Reply to Marie"]',
    post: async (page) => page.press('Enter'),
    newline: 'Shift+Enter',
    postedAs: 'reply-1',
  },
];

/** Editors the coach must leave alone, and how to get the focus into them. */
export const IGNORED: { name: string; path: string; focus(page: Tab): Promise<void> }[] = [
  {
    name: 'X hidden copy behind the compose modal',
    path: '/x/',
    focus: async (page) => {
      await page.click('[data-testid="SideNav_NewTweet_Button"]');
      await page.focus('[aria-hidden="true"] [data-testid="tweetTextarea_0"]');
    },
  },
  {
    name: 'LinkedIn decoy .ql-editor',
    path: '/linkedin/',
    focus: (page) => page.focus('#decoy .ql-editor'),
  },
  {
    name: 'LinkedIn editor in a hidden /preload/ frame',
    path: '/linkedin/',
    focus: (page) => page.focus('.ql-editor', 'preload'),
  },
  {
    name: 'Facebook Messenger chat box',
    path: '/facebook/',
    focus: (page) => page.click('[aria-label="Message"]'),
  },
];
