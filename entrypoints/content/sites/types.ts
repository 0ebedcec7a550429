import type { BoxKind, Platform } from '@/analyzers/kit/types';

export interface SiteAdapter {
  readonly platform: Platform;
  /** The kind of box this editor root is, or null when the coach leaves it alone (DMs, decoys). */
  classify(root: HTMLElement, location: Location): BoxKind | null;
  /** The site renders composers in frames of its own (LinkedIn): the coach runs in frames too. */
  readonly coachesFrames?: boolean;
  /** Frames where the coach never runs (LinkedIn's hidden preload frames). */
  ignoresFrame?(location: Location): boolean;
}

/** `closest()` that climbs out of shadow roots through their hosts. */
export function closestDeep(el: Element, selector: string): Element | null {
  let node: Element | null = el;
  while (node) {
    const found = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
