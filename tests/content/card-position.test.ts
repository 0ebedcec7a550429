import { describe, expect, it } from 'vitest';
import { placeCard, type Box } from '../../entrypoints/content/card-position';

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const CARD = { width: 320, height: 150 };
const WINDOW = { width: 1200, height: 900 };

describe('placeCard', () => {
  it('goes just below the mark, lined up with it, when the caret is on the mark', () => {
    const mark = [box(100, 200, 80, 20)];
    expect(placeCard(mark, box(130, 200, 1, 20), CARD, WINDOW)).toEqual({ side: 'below', left: 100, top: 226 });
  });

  it('goes above the mark when below would cover the caret line', () => {
    const mark = [box(100, 300, 80, 20)];
    const caretBelow = box(40, 340, 1, 20); // the next line, where the writer is typing
    expect(placeCard(mark, caretBelow, CARD, WINDOW)).toEqual({ side: 'above', left: 100, top: 144 });
  });

  it('goes above the mark when below does not fit in the window', () => {
    const mark = [box(100, 820, 80, 20)];
    expect(placeCard(mark, null, CARD, WINDOW)).toMatchObject({ side: 'above', top: 820 - 6 - 150 });
  });

  it('keeps below when above would leave the window, even over the caret, and stays on screen', () => {
    const mark = [box(1100, 20, 80, 20)];
    const caretBelow = box(1100, 60, 1, 20);
    expect(placeCard(mark, caretBelow, CARD, WINDOW)).toEqual({ side: 'below', left: 1200 - 320 - 4, top: 46 });
  });

  it('sits under the last line of a mark that wraps, or over its first', () => {
    const mark = [box(900, 400, 200, 20), box(10, 420, 60, 20)];
    expect(placeCard(mark, null, CARD, WINDOW)).toEqual({ side: 'below', left: 10, top: 446 });
    expect(placeCard(mark, box(0, 460, 1, 20), CARD, WINDOW)).toEqual({ side: 'above', left: 876, top: 244 });
  });

  it('never leaves the window on a window smaller than the card', () => {
    const at = placeCard([box(50, 50, 30, 20)], null, CARD, { width: 200, height: 100 });
    expect(at.left).toBe(4);
    expect(at.top).toBe(4);
  });
});
