// @vitest-environment happy-dom
/**
 * The site adapters and the draft reader against DOM saved from the real
 * editor libraries (tests/fixtures/dom, refreshed by tests/e2e/capture-dom.ts):
 * what each selector matches, how each box is classified, and that the text
 * read equals what the editor's own model holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BoxKind, Platform } from '../../analyzers/kit/types';
import { readDraft } from '../../entrypoints/content/read-draft';
import { ADAPTERS } from '../../entrypoints/content/sites';
import { FACEBOOK_SELECTORS } from '../../entrypoints/content/sites/facebook';
import { LINKEDIN_SELECTORS } from '../../entrypoints/content/sites/linkedin';
import { X_SELECTORS } from '../../entrypoints/content/sites/x';

interface Snapshot {
  composer: string;
  platform: Platform;
  kind: BoxKind;
  path: string;
  selector: string;
  text: string;
  html: string;
  shadow: { host: string; html: string } | null;
}

const dir = join(process.cwd(), 'tests/fixtures/dom');
const snapshots: Snapshot[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Snapshot);

function load(snapshot: Snapshot) {
  // Frames are not loaded here (the preload frame is covered by ignoresFrame and the e2e tests).
  document.documentElement.innerHTML = `<head></head>${snapshot.html.replace(/<iframe\b[^>]*>.*?<\/iframe>/gs, '')}`;
  if (snapshot.shadow) {
    const host = document.querySelector(snapshot.shadow.host)!;
    host.attachShadow({ mode: 'open' }).innerHTML = snapshot.shadow.html;
  }
}

/** querySelectorAll that also looks inside open shadow roots, as the content script's events do. */
function deepAll(selector: string, root: Document | ShadowRoot = document): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepAll(selector, el.shadowRoot));
  return found;
}

const location = (path: string) => ({ pathname: path }) as Location;

beforeEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe.each(snapshots.map((s) => [s.composer, s] as const))('%s', (_name, snapshot) => {
  it('is found, classified and read exactly as its editor holds it', () => {
    load(snapshot);
    const editors = deepAll(snapshot.selector) as HTMLElement[];
    expect(editors).toHaveLength(1);
    const editor = editors[0]!;
    expect(ADAPTERS[snapshot.platform].classify(editor, location(snapshot.path))).toBe(snapshot.kind);
    const draft = readDraft(editor);
    expect(draft.text).toBe(snapshot.text);
    // Every segment points at the characters it stands for.
    for (const s of draft.segments) {
      if (s.node.nodeType === Node.TEXT_NODE) {
        expect((s.node as Text).data.slice(s.nodeOffset, s.nodeOffset + s.length)).toBe(
          draft.text.slice(s.start, s.start + s.length),
        );
      }
    }
  });
});

describe('selector registries on the saved pages', () => {
  const find = (name: string) => snapshots.find((s) => s.composer.startsWith(name))!;

  it('X: one editor per surface, the hidden copy included, and no DMs', () => {
    load(find('X compose modal'));
    expect(deepAll(X_SELECTORS.editor)).toHaveLength(4); // timeline, modal posts 1 and 2, hidden copy
    expect(deepAll(X_SELECTORS.draftEditor)).toHaveLength(4);
    expect(deepAll(X_SELECTORS.dialog)).toHaveLength(1);
    expect(deepAll(X_SELECTORS.directMessage)).toHaveLength(0);
    const hiddenCopy = document.querySelector('[aria-hidden="true"] [data-testid="tweetTextarea_0"]') as HTMLElement;
    // The copy classifies as a post: only visibility (checked in Chromium) tells it apart.
    expect(ADAPTERS.x.classify(hiddenCopy, location('/x/'))).toBe('post');
  });

  it('LinkedIn: every editor generation, and the decoy left alone', () => {
    load(find('LinkedIn classic'));
    expect(deepAll(LINKEDIN_SELECTORS.editor)).toHaveLength(6); // share box, SDUI, comment, reply, legacy, decoy
    expect(deepAll(LINKEDIN_SELECTORS.post)).toHaveLength(4); // classic modal and its editor wrapper, SDUI screen, SDUI editor
    expect(deepAll(LINKEDIN_SELECTORS.reply)).toHaveLength(1);
    expect(deepAll(LINKEDIN_SELECTORS.comment)).toHaveLength(4); // comment box key, two TipTap wrappers (comment, reply), legacy form
    const decoy = document.querySelector('#decoy .ql-editor') as HTMLElement;
    expect(ADAPTERS.linkedin.classify(decoy, location('/linkedin/'))).toBeNull();
    expect(ADAPTERS.linkedin.ignoresFrame?.(location('/linkedin/preload/'))).toBe(true);
    expect(ADAPTERS.linkedin.ignoresFrame?.(location('/linkedin/'))).toBe(false);
  });

  it('Facebook: composer, comments and replies, and no Messenger', () => {
    load(find('Facebook comment'));
    expect(deepAll(FACEBOOK_SELECTORS.editor)).toHaveLength(5); // composer, 2 comments, 1 reply, Messenger
    expect(deepAll(FACEBOOK_SELECTORS.composer)).toHaveLength(1);
    expect(deepAll(FACEBOOK_SELECTORS.commentForm)).toHaveLength(3);
    const messenger = document.querySelector('[aria-label="Message"]') as HTMLElement;
    expect(ADAPTERS.facebook.classify(messenger, location('/facebook/'))).toBeNull();
    const reply = document.querySelector('[aria-label="Reply to Marie"]') as HTMLElement;
    expect(ADAPTERS.facebook.classify(reply, location('/facebook/'))).toBe('reply');
  });
});
