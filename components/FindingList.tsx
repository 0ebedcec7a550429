import type { Finding } from '@/analyzers';

/** The findings of one report, each with the words it is about, why it matters and a better way. */
export function FindingList({
  findings,
  text,
  testId,
}: {
  findings: readonly Finding[];
  text: string;
  testId: string;
}) {
  return (
    <ul data-testid={testId}>
      {findings.map((f, i) => (
        <li
          key={`${f.rule}-${f.start ?? 'all'}-${i}`}
          data-rule={f.rule}
          data-category={f.category}
          data-severity={f.severity}
        >
          <strong>{f.message}</strong>
          {f.start !== undefined && <q>{text.slice(f.start, f.end)}</q>}
          <p>{f.why}</p>
          <p>{f.suggestions[0]}</p>
        </li>
      ))}
    </ul>
  );
}
