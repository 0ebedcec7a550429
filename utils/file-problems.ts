import type { z } from 'zod';

/** Why an imported file (settings, house rules) was refused: where, and what was wrong. */
export interface FileProblem {
  /** `settings.sensitivity`, `rules.2.phrases`, or `(file)` for the file as a whole. */
  field: string;
  reason: string;
  /** 1-based line in the file, when it can be told. */
  line?: number;
}

/** A JSON syntax error, with its line: from the engine's message, else found by a small scan. */
export function jsonProblem(text: string, error: unknown): FileProblem {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  const at = position ? Number(position[1]) : syntaxErrorOffset(text);
  const line = at === undefined ? undefined : text.slice(0, at).split('\n').length;
  return { field: '(file)', reason: `not valid JSON: ${message}`, ...(line && { line }) };
}

/**
 * Where JSON text first goes wrong (some engine messages only quote the text).
 * Iterative, so a file of ten thousand `[` cannot overflow the stack.
 */
export function syntaxErrorOffset(text: string): number | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const scalar = (): boolean => {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '"') return (i++, true);
        else if (text.charCodeAt(i) < 0x20) return false;
      }
      return false;
    }
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  // A stack of open containers; after each value, expect `,` or the closer.
  const stack: ('{' | '[')[] = [];
  ws();
  for (;;) {
    // A value is expected here (or a key, inside an object after `{` or `,`).
    const top = stack.at(-1);
    if (top === '{') {
      if (text[i] !== '"' || !scalar()) return i;
      ws();
      if (text[i] !== ':') return i;
      i++;
      ws();
    }
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      ws();
      if (text[i] === (c === '{' ? '}' : ']')) {
        stack.pop();
        i++;
      } else continue;
    } else if (!scalar()) return i;
    // After a value: close containers or move to the next item.
    for (;;) {
      ws();
      const open = stack.at(-1);
      if (!open) return i < text.length ? i : undefined;
      if (text[i] === ',') {
        i++;
        ws();
        break;
      }
      if (text[i] !== (open === '{' ? '}' : ']')) return i;
      stack.pop();
      i++;
    }
  }
}

/**
 * Best effort: the line of the deepest part of the path found in the text,
 * following keys and array items inside each value (a missing key points at its
 * object). Files are small and usually pretty-printed.
 */
export function lineOfPath(text: string, path: readonly string[]): number | undefined {
  if (path.length === 0) return undefined;
  let from = 0;
  let end = text.length;
  for (const key of path) {
    if (/^\d+$/.test(key)) {
      const open = text.indexOf('[', from);
      if (open < 0 || open >= end) break;
      let i = skipWs(text, open + 1);
      let n = Number(key);
      for (; n > 0; n--) {
        i = skipWs(text, valueEnd(text, i));
        if (text[i] !== ',') break;
        i = skipWs(text, i + 1);
      }
      if (n > 0) break;
      from = i;
      end = valueEnd(text, i);
    } else {
      const at = text.indexOf(`"${key}"`, from);
      if (at < 0 || at >= end) break;
      from = at;
      const colon = text.indexOf(':', at + key.length + 2);
      end = colon < 0 ? end : valueEnd(text, skipWs(text, colon + 1));
    }
  }
  return text.slice(0, from).split('\n').length;
}

function skipWs(text: string, i: number): number {
  while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  return i;
}

/** Where the JSON value starting at `start` ends (exclusive). */
function valueEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      if (depth === 0) return i + 1;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (depth === 0) return i;
      if (--depth === 0) return i + 1;
    } else if (depth === 0 && (c === ',' || c === ' ' || c === '\n' || c === '\r' || c === '\t')) return i;
  }
  return text.length;
}

/** zod's issues as problems a person can act on: the field, its line, the reason (the first ten). */
export function problemsOf(text: string, error: z.ZodError): FileProblem[] {
  return error.issues.slice(0, 10).map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [];
    const path = [...issue.path.map(String), ...keys];
    const line = lineOfPath(text, path);
    return { field: path.join('.') || '(file)', reason: issue.message, ...(line && { line }) };
  });
}

/**
 * An imported file, size-checked, parsed and validated in one go; nothing is
 * stored here, so a refused file changes nothing.
 */
export function parseJsonFile<T>(
  text: string,
  maxChars: number,
  schema: z.ZodType<T>,
): { ok: true; value: T } | { ok: false; problems: FileProblem[] } {
  if (text.length > maxChars) {
    return {
      ok: false,
      problems: [{ field: '(file)', reason: `too large (${text.length} characters, at most ${maxChars})` }],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [jsonProblem(text, error)] };
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: problemsOf(text, parsed.error) };
}
