/**
 * Where the card goes: just below the mark, or just above it, whichever fits
 * on screen without covering the line the caret is on. Pure, so it is tested
 * without a browser.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
}

/** Space kept between the card and the mark, and between the card and the window's edges. */
const GAP = 6;
const MARGIN = 4;

/**
 * `mark`: the mark's line boxes, first to last; `caret`: the caret's box, or
 * null when the editor has no caret; `size`: the card's; `viewport`: the window's.
 */
export function placeCard(
  mark: readonly Box[],
  caret: Box | null,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const first = mark[0] ?? { left: MARGIN, top: MARGIN, right: MARGIN, bottom: MARGIN };
  const last = mark[mark.length - 1] ?? first;
  const clampLeft = (left: number) => Math.max(MARGIN, Math.min(viewport.width - size.width - MARGIN, left));
  const candidates: Placement[] = [
    { side: 'below', top: last.bottom + GAP, left: clampLeft(last.left) },
    { side: 'above', top: first.top - GAP - size.height, left: clampLeft(first.left) },
  ];
  const fits = (p: Placement) => p.top >= MARGIN && p.top + size.height <= viewport.height - MARGIN;
  // The whole caret line, not only the caret: the writer reads the line they are on.
  const coversCaret = (p: Placement) => caret !== null && p.top < caret.bottom && p.top + size.height > caret.top;
  const chosen =
    candidates.find((p) => fits(p) && !coversCaret(p)) ??
    candidates.find((p) => fits(p)) ??
    candidates.find((p) => !coversCaret(p)) ??
    candidates[0]!;
  const top = Math.max(MARGIN, Math.min(viewport.height - size.height - MARGIN, chosen.top));
  return { ...chosen, top };
}
