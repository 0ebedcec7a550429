import { useRef } from 'react';
import type { FileProblem } from '@/utils/file-problems';
import { t } from '@/utils/i18n';

/** Offer a text as a file download (settings, house-rule packs). */
export function downloadFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A labelled file picker that hands over the chosen file's text, then resets for the next pick. */
export function FileImportButton({
  label,
  testId,
  onText,
  onError,
}: {
  label: string;
  testId: string;
  onText(text: string): Promise<unknown> | unknown;
  onError(problem: FileProblem): void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const pick = (file: File | undefined) => {
    if (!file) return;
    file
      .text()
      .then(onText)
      .catch((error: unknown) => onError({ field: '(file)', reason: String(error) }))
      .finally(() => {
        if (input.current) input.current.value = '';
      });
  };
  return (
    <label className="file-button">
      {label}
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        data-testid={testId}
        onChange={(e) => pick(e.target.files?.[0])}
      />
    </label>
  );
}

/** Why a file was refused, field by field, with a line when known; and that nothing changed. */
export function ImportProblems({
  problems,
  refused,
  testId,
}: {
  problems: FileProblem[];
  refused: string;
  testId: string;
}) {
  return (
    <div role="alert" className="notice" data-testid={testId}>
      <p>{refused}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{p.field}</code>
            {p.line !== undefined && ` (${t('lineN', String(p.line))})`}: {p.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
