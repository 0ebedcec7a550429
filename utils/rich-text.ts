/**
 * Tip and house-rule texts may carry a little formatting: bold, italics and
 * links. They are rendered only through DOMPurify with this allowlist; links
 * open in a new tab without handing the page to the site they open.
 */
import DOMPurify from 'dompurify';

const ALLOWED = {
  ALLOWED_TAGS: ['b', 'strong', 'i', 'em', 'a', 'br'],
  ALLOWED_ATTR: ['href'],
  // http(s) and mailto only: no javascript:, data: or relative URLs into the extension.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  KEEP_CONTENT: true,
};

let hooked = false;

export function sanitizeRichText(html: string): string {
  if (!hooked) {
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName !== 'A') return;
      if (!node.getAttribute('href')) return;
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    });
    hooked = true;
  }
  return DOMPurify.sanitize(html, ALLOWED);
}

/** The words of a formatted text, for the clipboard: no tags at all. */
export function plainText(html: string): string {
  if (!/[<&]/.test(html)) return html;
  const container = document.createElement('div');
  container.innerHTML = DOMPurify.sanitize(html, { ALLOWED_TAGS: [], KEEP_CONTENT: true });
  return container.textContent ?? '';
}
