// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangeFor, readDraft } from '../../entrypoints/content/read-draft';

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" id="e">${html}</div>`;
  return document.getElementById('e')!;
}

describe('readDraft', () => {
  it('reads one line per paragraph and keeps empty lines (Quill, Lexical, ProseMirror)', () => {
    expect(readDraft(editor('<p>Hello</p><p><br></p><p>World</p>')).text).toBe('Hello\n\nWorld');
    expect(readDraft(editor('<p>One</p><p><br class="ProseMirror-trailingBreak"></p><p>Two</p>')).text).toBe(
      'One\n\nTwo',
    );
  });

  it('reads Draft.js blocks and its empty-line markers', () => {
    const html =
      '<div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Hi</span></span></div></div>' +
      '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div>' +
      '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">there</span></span></div></div></div>';
    expect(readDraft(editor(html)).text).toBe('Hi\n\nthere');
  });

  it('turns a line break inside a paragraph into one newline (Lexical plain text, Shift+Enter)', () => {
    expect(
      readDraft(editor('<p><span data-lexical-text="true">a</span><br><span data-lexical-text="true">b</span></p>'))
        .text,
    ).toBe('a\nb');
  });

  it('reads emoji drawn as images from their alt text', () => {
    const draft = readDraft(editor('<p>Shipping on a Friday <img alt="🚀" src="data:,"> again</p>'));
    expect(draft.text).toBe('Shipping on a Friday 🚀 again');
    expect(draft.segments.find((s) => s.node.nodeName === 'IMG')).toMatchObject({ start: 21, length: 2 });
  });

  it('drops zero-width characters and Quill’s cursor, but keeps emoji joiners', () => {
    const draft = readDraft(editor('<p>li\u200bke <span class="ql-cursor">\ufeff</span>👩\u200d💻</p>'));
    expect(draft.text).toBe('like 👩\u200d💻');
  });

  it('never reads placeholders drawn by CSS or kept outside the editor', () => {
    expect(
      readDraft(
        editor(
          '<p class="is-empty is-editor-empty" data-placeholder="Add a comment…"><br class="ProseMirror-trailingBreak"></p>',
        ),
      ).text,
    ).toBe('');
    expect(readDraft(editor('<p><br></p>')).text).toBe('');
  });

  it('marks mentions and hashtags the editor marked', () => {
    const draft = readDraft(
      editor('<p>Hi <a class="ql-mention">Marta Lopez</a> <span class="r-hashtag">#ux</span></p>'),
    );
    expect(draft.marks).toEqual([
      { start: 3, end: 14, kind: 'mention' },
      { start: 15, end: 18, kind: 'hashtag' },
    ]);
  });

  it('maps draft offsets back to DOM ranges across nodes', () => {
    const root = editor('<p>Like <b>and</b> share</p><p>Next</p>');
    const draft = readDraft(root);
    expect(draft.text).toBe('Like and share\nNext');
    expect(rangeFor(draft, 0, 14)?.toString()).toBe('Like and share');
    expect(rangeFor(draft, 5, 8)?.toString()).toBe('and');
    expect(rangeFor(draft, 15, 19)?.toString()).toBe('Next');
  });

  it('reads a textarea (X on small screens) from its value', () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const area = document.getElementById('t') as HTMLTextAreaElement;
    area.value = 'Hello\nworld';
    expect(readDraft(area).text).toBe('Hello\nworld');
  });
});
