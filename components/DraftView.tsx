import type { Finding } from '@/analyzers';
import { t } from '@/utils/i18n';

interface Segment {
  from: number;
  to: number;
  /** Findings covering this segment (indices into the shown list). */
  covering: number[];
  /** Findings that start here: a click on one of them scrolls to this segment. */
  starting: number[];
}

/** Cut the draft at every span boundary; each piece knows which findings cover it. */
export function segmentsOf(length: number, findings: readonly Pick<Finding, 'start' | 'end'>[]): Segment[] {
  const cuts = new Set([0, length]);
  findings.forEach((f) => {
    if (f.start === undefined || f.end === undefined) return;
    cuts.add(Math.min(f.start, length));
    cuts.add(Math.min(f.end, length));
  });
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const covering: number[] = [];
    const starting: number[] = [];
    findings.forEach((f, index) => {
      if (f.start === undefined || f.end === undefined) return;
      if (f.start <= from && f.end >= to) covering.push(index);
      if (f.start === from) starting.push(index);
    });
    segments.push({ from, to, covering, starting });
  }
  return segments;
}

/**
 * The draft, read-only, with the flagged spans marked. Plain text nodes only:
 * the draft is never parsed as HTML.
 */
export function DraftView({
  text,
  findings,
  current,
  testId,
}: {
  text: string;
  findings: readonly Finding[];
  current: number | null;
  testId: string;
}) {
  const segments = segmentsOf(text.length, findings);
  return (
    <pre className="draft" data-testid={testId} aria-label={t('draftShown')}>
      {segments.map((s) => {
        const piece = text.slice(s.from, s.to);
        if (s.covering.length === 0) return piece;
        const warning = s.covering.some((i) => findings[i]?.severity === 'warning');
        return (
          <mark
            key={s.from}
            data-starts={s.starting.join(' ') || undefined}
            data-severity={warning ? 'warning' : 'hint'}
            className={current !== null && s.covering.includes(current) ? 'current' : undefined}
          >
            {piece}
          </mark>
        );
      })}
    </pre>
  );
}
