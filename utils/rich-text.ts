/**
 * Tip and house-rule texts may carry a little formatting: bold, italics and
 * links. They are rendered only through DOMPurify with this allowlist; links
 * open in a new tab without handing the page to the site they open, and each
 * is followed by the host it really opens, so a pack cannot dress a link to
 * anywhere as "log in again here".
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
  const fragment = DOMPurify.sanitize(html, { ...ALLOWED, RETURN_DOM_FRAGMENT: true });
  for (const a of fragment.querySelectorAll('a[href]')) {
    const where = destinationOf(a.getAttribute('href')!);
    if (!where) continue;
    const host = a.ownerDocument.createElement('span');
    host.className = 'link-host';
    host.textContent = ` (${where})`;
    a.after(host);
  }
  const container = document.createElement('div');
  container.append(fragment);
  return container.innerHTML;
}

/** Where a link goes, as a person should read it: the host (punycode shows as such), or the address of a mailto. */
export function destinationOf(href: string): string | null {
  try {
    const url = new URL(href);
    if (url.protocol === 'mailto:') return decodeURIComponent(url.pathname) || null;
    return url.host || null;
  } catch {
    return null;
  }
}

/** The words of a formatted text, for the clipboard: no tags at all. */
export function plainText(html: string): string {
  if (!/[<&]/.test(html)) return html;
  const container = document.createElement('div');
  container.innerHTML = DOMPurify.sanitize(html, { ALLOWED_TAGS: [], KEEP_CONTENT: true });
  return container.textContent ?? '';
}
