// @vitest-environment jsdom
// jsdom, not happy-dom: DOMPurify is built and tested against real-browser-like parsers, and happy-dom
// mis-parses enough (it kept <img onerror> and dropped <b> here) to make a sanitiser test meaningless.
import { describe, expect, it } from 'vitest';
import { sanitizeRichText } from './rich-text';

const fragment = (html: string) => {
  const div = document.createElement('div');
  div.innerHTML = sanitizeRichText(html);
  return div;
};

describe('rich text', () => {
  it('keeps bold, italics and links, which open in a new tab without an opener', () => {
    const div = fragment('<b>Ask</b>, <em>then</em> <a href="https://example.org/guide">read this</a>');
    expect(div.querySelector('b')?.textContent).toBe('Ask');
    expect(div.querySelector('em')?.textContent).toBe('then');
    const a = div.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://example.org/guide');
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it.each([
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '<svg><script>alert(1)</script></svg>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<b onclick="alert(1)">x</b>',
    '<iframe src="https://evil.example"></iframe>',
    '<style>body{display:none}</style>',
    '<a href="https://ok.example" onmouseover="alert(1)" style="position:fixed">x</a>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<form action="https://evil.example"><input name=x></form>',
  ])('defuses %s', (payload) => {
    const div = fragment(payload);
    const html = div.innerHTML;
    expect(div.querySelector('img, script, svg, iframe, style, form, input, math')).toBeNull();
    expect(html).not.toMatch(/on\w+=|javascript:|data:text|style=/i);
    for (const a of div.querySelectorAll('a')) {
      const href = a.getAttribute('href');
      if (href !== null) expect(href).toMatch(/^(https?:|mailto:)/);
    }
  });

  it('shows the host a link really opens, whatever its text says', () => {
    const div = fragment('<a href="https://login.evil.example/x?y=1">re-login here</a> to your <b>account</b>');
    expect(div.textContent).toBe('re-login here (login.evil.example) to your account');
    const lookalike = fragment('<a href="https://xn--linkedn-yxa.com/">linkedin.com</a>');
    expect(lookalike.textContent).toBe('linkedin.com (xn--linkedn-yxa.com)');
    expect(fragment('<a href="mailto:team@atelier.fr">write to us</a>').textContent).toBe(
      'write to us (team@atelier.fr)',
    );
    expect(fragment('<a href="javascript:alert(1)">x</a>').textContent).toBe('x');
  });

  it('keeps a link-less anchor as plain text', () => {
    const div = fragment('<a>no link</a>');
    expect(div.textContent).toBe('no link');
    expect(div.querySelector('a')?.hasAttribute('target') ?? false).toBe(false);
  });
});
