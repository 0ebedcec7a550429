/**
 * How the coach marks flagged words on the page, in one place: the content
 * script paints them (highlights.ts) and the side panel's legend shows the same
 * marks. Never the browser spell-checker's red wavy line: a straight line on a
 * soft highlight, a dashed line, a dotted one, in the coach's blue, violet and
 * teal, mid-tones that stay readable on the sites' light and dark themes (each
 * line has at least 3:1 against white and against black).
 */
import type { Category, Severity } from '@/analyzers/kit/types';

export const MARK_KINDS = ['warning', 'hint', 'private'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

/** Personal data is about the writer's safety, not their style: it gets its own mark whatever its severity. */
export function markKindOf(finding: { severity: Severity; category: Category }): MarkKind {
  if (finding.category === 'oversharing') return 'private';
  return finding.severity === 'warning' ? 'warning' : 'hint';
}

interface MarkStyle {
  /** The underline's style and colour. */
  line: 'solid' | 'dashed' | 'dotted';
  color: string;
  background: string;
}

export const MARK_STYLES: Record<MarkKind, MarkStyle> = {
  warning: { line: 'solid', color: '#7c5cff', background: 'rgb(124 92 255 / 0.2)' },
  hint: { line: 'dashed', color: '#2f80d0', background: 'transparent' },
  private: { line: 'dotted', color: '#0f8f7e', background: 'rgb(15 143 126 / 0.14)' },
};

/** The declarations of one mark, for a `::highlight()` rule or a sample in the legend. */
export function markDeclarations(kind: MarkKind): string {
  const { line, color, background } = MARK_STYLES[kind];
  return `text-decoration: underline ${line} ${color}; text-decoration-thickness: 2px; text-underline-offset: 3px; background-color: ${background};`;
}

/** The Custom Highlight API's name for a kind: what the page's `CSS.highlights` holds. */
export const highlightName = (kind: MarkKind) => `post-coach-${kind}`;
