/**
 * The coach CLI: the same engine as the extension, for the terminal and for
 * checking a content calendar before it is scheduled. The logic takes its I/O
 * as arguments so tests drive it without spawning processes.
 */
import { parseArgs } from 'node:util';
import { analyze, AnalyzeOptionsError, BOX_KINDS, LANGS, PLATFORMS, SENSITIVITIES, type Report } from '../../analyzers';
import type { AnalyzeOptions, BoxKind, Lang, Platform, Sensitivity } from '../../analyzers/kit/types';
import type { HousePack } from '../../analyzers/house-rules/types';
import { parseHousePack } from '../house-rules-file';

export interface CliIo {
  readInput(path: string | undefined): Promise<string>;
  stdout(line: string): void;
  stderr(line: string): void;
}

export const USAGE = `Usage:
  npm run --silent coach -- [FILE|-] [--platform x|linkedin|facebook] [--lang fr|en]
                            [--kind post|reply|comment] [--sensitivity gentle|normal|strict] [--json]
                            [--house-rules PACK.json]...
  npm run --silent coach -- --jsonl [FILE|-]

Reads one draft from FILE, or from standard input when FILE is "-" or absent.
--json prints the full report; --jsonl reads one {"id","text","platform"?,"lang"?}
object per line and writes one result line per input, in order.
The platform defaults to linkedin; the language is detected when not given.
--house-rules applies a team's house-rule pack (repeat it for several packs).`;

class UsageError extends Error {}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}

/** One line of the --jsonl output: what a scheduler needs, nothing more. */
export function compactResult(id: unknown, report: Report) {
  return {
    id,
    language: report.language,
    score: report.score,
    findings: report.findings.map((f) => ({
      rule: f.rule,
      category: f.category,
      severity: f.severity,
      start: f.start ?? null,
      end: f.end ?? null,
      message: f.message,
    })),
  };
}

const LABELS = {
  en: {
    score: 'Community score',
    none: 'No hints: nothing here begs, brags or leaves the reader empty-handed.',
    whole: '(whole draft)',
    why: 'Why',
    tip: 'Try',
    works: 'What works',
    warning: 'WARNING',
    hint: 'hint',
  },
  fr: {
    score: 'Score communauté',
    none: 'Aucune remarque : rien ici ne quémande, ne se vante ni ne laisse le lecteur les mains vides.',
    whole: '(tout le brouillon)',
    why: 'Pourquoi',
    tip: 'Essayez',
    works: 'Ce qui marche',
    warning: 'ATTENTION',
    hint: 'conseil',
  },
} as const;

function human(text: string, report: Report, messageLang: Lang): string[] {
  const l = LABELS[messageLang];
  const lines = [`${l.score} ${report.score}/100 (${report.language}, ${report.platform} ${report.kind})`];
  if (report.findings.length === 0) lines.push(l.none);
  for (const f of report.findings) {
    const excerpt = f.start === undefined ? l.whole : `"${text.slice(f.start, f.end).replace(/\s+/g, ' ')}"`;
    lines.push('', `${l[f.severity]} [${f.category}] ${f.rule}  ${excerpt}`);
    lines.push(`  ${f.message}`, `  ${l.why}: ${f.why}`, `  ${l.tip}: ${f.suggestions[0]}`);
  }
  if (report.strengths.length > 0) {
    lines.push('', `${l.works}: ${report.strengths.map((s) => s.message).join('; ')}`);
  }
  for (const e of report.errors) lines.push('', `(analyzer ${e.analyzer} failed: ${e.message})`);
  return lines;
}

/** Runs the CLI; resolves to the process exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        platform: { type: 'string' },
        lang: { type: 'string' },
        kind: { type: 'string' },
        sensitivity: { type: 'string' },
        'house-rules': { type: 'string', multiple: true },
        json: { type: 'boolean', default: false },
        jsonl: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`coach: ${(error as Error).message}`);
    io.stderr(USAGE);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  let defaults: { platform: Platform; lang?: Lang; kind?: BoxKind; sensitivity?: Sensitivity };
  try {
    if (positionals.length > 1) throw new UsageError(`expected at most one FILE, got ${positionals.length}`);
    defaults = {
      platform: oneOf('platform', values.platform, PLATFORMS) ?? 'linkedin',
      lang: oneOf('lang', values.lang, LANGS),
      kind: oneOf('kind', values.kind, BOX_KINDS),
      sensitivity: oneOf('sensitivity', values.sensitivity, SENSITIVITIES),
    };
  } catch (error) {
    io.stderr(`coach: ${(error as Error).message}`);
    io.stderr(USAGE);
    return 2;
  }

  const houseRules: HousePack[] = [];
  for (const file of values['house-rules'] ?? []) {
    let text: string;
    try {
      text = await io.readInput(file);
    } catch (error) {
      io.stderr(`coach: cannot read ${file}: ${(error as Error).message}`);
      return 2;
    }
    const result = parseHousePack(text);
    if (!result.ok) {
      for (const p of result.problems) {
        io.stderr(`coach: ${file}${p.line === undefined ? '' : `:${p.line}`}: ${p.field}: ${p.reason}`);
      }
      return 2;
    }
    houseRules.push(result.pack);
  }

  const path = positionals[0] === '-' ? undefined : positionals[0];
  let input: string;
  try {
    input = await io.readInput(path);
  } catch (error) {
    io.stderr(`coach: cannot read ${path ?? 'standard input'}: ${(error as Error).message}`);
    return 2;
  }

  const options = (over: Partial<AnalyzeOptions>): AnalyzeOptions => ({
    platform: defaults.platform,
    lang: defaults.lang,
    kind: defaults.kind,
    settings: { sensitivity: defaults.sensitivity ?? 'normal' },
    ...(houseRules.length && { houseRules }),
    ...over,
  });

  if (!values.jsonl) {
    const report = analyze(input, options({}));
    if (values.json) io.stdout(JSON.stringify(report, null, 2));
    else for (const line of human(input, report, report.language)) io.stdout(line);
    return 0;
  }

  let failures = 0;
  const lines = input.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((line, index) => {
    const lineNo = index + 1;
    if (line.trim() === '') return;
    const known: { id?: unknown } = {};
    const fail = (reason: string) => {
      failures++;
      const idNote = known.id === undefined ? '' : ` (id ${JSON.stringify(known.id)})`;
      io.stderr(`coach: line ${lineNo}${idNote}: ${reason}`);
    };
    let item: unknown;
    try {
      item = JSON.parse(line);
    } catch (error) {
      return fail(`not valid JSON: ${(error as Error).message}`);
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return fail('expected a JSON object');
    const record = item as Record<string, unknown>;
    const id = record.id;
    known.id = id;
    if (typeof id !== 'string' && typeof id !== 'number') return fail('"id" must be a string or a number');
    if (typeof record.text !== 'string') return fail('"text" must be a string');
    try {
      const report = analyze(
        record.text,
        options({
          ...(record.platform !== undefined && { platform: record.platform as Platform }),
          ...(record.lang !== undefined && { lang: record.lang as Lang }),
          ...(record.kind !== undefined && { kind: record.kind as BoxKind }),
        }),
      );
      io.stdout(JSON.stringify(compactResult(id, report)));
    } catch (error) {
      if (error instanceof AnalyzeOptionsError) return fail(error.message);
      throw error;
    }
  });
  return failures > 0 ? 1 : 0;
}
