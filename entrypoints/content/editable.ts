/** Finding the editor a focus or input event belongs to, and whether a person can see it. */

const EDITABLE = '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"], textarea';

/** The outermost editable element holding the event's real target (through shadow roots). */
export function editorRootOf(event: Event): HTMLElement | null {
  const target = event.composedPath()[0];
  return editorRootOfNode(target instanceof Node ? target : null);
}

/** The outermost editable element holding a node, within its own tree scope. */
export function editorRootOfNode(node: Node | null): HTMLElement | null {
  let el: Element | null = node instanceof Element ? node : (node?.parentElement ?? null);
  el = el?.closest(EDITABLE) ?? null;
  while (el?.parentElement) {
    const outer = el.parentElement.closest(EDITABLE);
    if (!outer) break;
    el = outer;
  }
  return el instanceof HTMLElement ? el : null;
}

const MIN_SIZE = 4;

/**
 * True when a person can actually see the element: a real on-screen size, not
 * clipped away by an ancestor, not transparent or hidden, not off-screen, and
 * (in a frame) inside a visible frame. Hidden copies and decoys fail it even
 * when they receive focus.
 */
export function isVisibleToUser(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  if (rect.width < MIN_SIZE || rect.height < MIN_SIZE) return false;
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  if (rect.right <= 0 || rect.bottom <= 0 || rect.left >= view.innerWidth || rect.top >= view.innerHeight) return false;

  let visible = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
  for (let node: Element | null = el; node; node = parentAcrossShadow(node)) {
    const style = view.getComputedStyle(node);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    if (Number(style.opacity) < 0.05) return false;
    if (node !== el && style.overflow !== 'visible') {
      const box = node.getBoundingClientRect();
      visible = {
        left: Math.max(visible.left, box.left),
        top: Math.max(visible.top, box.top),
        right: Math.min(visible.right, box.right),
        bottom: Math.min(visible.bottom, box.bottom),
      };
      if (visible.right - visible.left < MIN_SIZE || visible.bottom - visible.top < MIN_SIZE) return false;
    }
  }
  // Inside a same-origin frame: the frame itself must be visible.
  const frame = frameElementOf(view);
  return frame ? isVisibleToUser(frame) : true;
}

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function frameElementOf(view: Window): Element | null {
  try {
    return view.frameElement;
  } catch {
    return null; // cross-origin parent: nothing to check from here
  }
}
