/**
 * The coach CLI: the same engine as the extension, for the terminal and for
 * checking a content calendar before it is scheduled. The logic takes its I/O
 * as arguments so tests drive it without spawning processes.
 */
import { parseArgs } from 'node:util';
import {
  analyze,
  AnalyzeOptionsError,
  BOX_KINDS,
  fingerprint,
  LANGS,
  MAX_FINDINGS,
  PLATFORMS,
  SENSITIVITIES,
  type DraftFingerprint,
  type Report,
} from '../analyzers';
import type { AnalyzeOptions, BoxKind, Lang, Platform, Sensitivity } from '../analyzers/kit/types';
import type { HousePack } from '../analyzers/house-rules/types';
import { SITES, type SiteRegistry } from '../analyzers/kit/sites';
import { parseHousePack } from '../utils/house-rules-file';
import { analysisOptions } from '../utils/analysis-options';
import { CalendarError, networkOf, parseCalendar } from './calendar';
import { calendarReport, type ReportEntry } from './calendar-report';
import { stringify } from 'csv-stringify/sync';

export interface CliIo {
  readInput(path: string | undefined): Promise<string>;
  /** Writes a whole file (--out, --report); paths are the user's, relative to where they stand. */
  writeFile(path: string, content: string): Promise<void>;
  stdout(line: string): void;
  stderr(line: string): void;
}

/** The sites part of the help: one line per site descriptor. */
export function sitesHelp(sites: SiteRegistry = SITES): string {
  const width = Math.max(...sites.ids.map((id) => id.length));
  return sites.list
    .map((site) => {
      const limits = site.kinds.map((kind) => `${kind} ${site.limits[kind]}`).join(', ');
      const counted = site.counting === 'x-weighted' ? ' (weighted, links count 23)' : '';
      return `  ${site.id.padEnd(width)}  ${site.name}: ${limits} characters${counted}; ${site.hosts.join(', ')}`;
    })
    .join('\n');
}

/** The names of the coached sites, for messages: "X, LinkedIn and Facebook". */
const siteNames = (sites: SiteRegistry) => {
  const names = sites.list.map((s) => s.name);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
};

export function usage(sites: SiteRegistry = SITES): string {
  return `Usage:
  npm run --silent coach -- [FILE|-|"draft text"] [--text "draft text"]
                            [--platform ${sites.ids.join('|')}] [--lang fr|en] [--kind post|reply|comment]
                            [--sensitivity gentle|normal|strict] [--json] [--house-rules PACK.json]...
  npm run --silent coach -- --jsonl [FILE|-]
  npm run --silent coach -- --csv CALENDAR.csv [--text-column NAME] [--format jsonl|json|csv]
                            [--out FILE] [--report REPORT.html]

Reads one draft from FILE, from standard input when FILE is "-" or absent, or
inline: --text "…" (or a quoted argument with spaces that is not a file).
--json prints the full report; --jsonl reads one {"id","text","platform"?,"lang"?}
object per line and writes one result line per input, in order.
--csv reads a scheduler's export (Buffer, Hootsuite, Later, Meta Business Suite):
the text, network, date and id columns are found by their headers; networks
the coach does not know (Instagram, TikTok…) are skipped with a notice; with no
network column, --platform applies. --format csv keeps every column and adds the
coach's; --out writes to a file (format from its extension); --report writes
an HTML report of the calendar. Repeats and cross-posts are found across rows.
Offsets: start/end and startUtf16/endUtf16 count UTF-16 code units (JavaScript),
startCodePoint/endCodePoint count Unicode code points (Python's str).
The platform defaults to linkedin; the language is detected when not given.
--house-rules applies a team's house-rule pack (repeat it for several packs).

Sites (--platform):
${sitesHelp(sites)}`;
}

export const USAGE = usage();

class UsageError extends Error {}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}

/** UTF-16 offsets to code points, for the languages that count that way (Python). */
function codePoints(text: string): (utf16: number) => number {
  let table: Uint32Array | undefined;
  return (utf16) => {
    if (!table) {
      table = new Uint32Array(text.length + 1);
      let cp = 0;
      for (let i = 0; i < text.length; i++) {
        table[i] = cp;
        const c = text.charCodeAt(i);
        const d = text.charCodeAt(i + 1);
        if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) table[++i] = cp; // a surrogate pair
        cp++;
      }
      table[text.length] = cp;
    }
    return table[utf16] ?? 0;
  };
}

export interface CompactFinding {
  rule: string;
  category: string;
  severity: string;
  /** UTF-16 code units, as start/end in the full report. */
  start: number | null;
  end: number | null;
  startUtf16: number | null;
  endUtf16: number | null;
  startCodePoint: number | null;
  endCodePoint: number | null;
  excerpt: string | null;
  message: string;
  why: string;
  betterWay: string;
  suggestions: string[];
  source?: string;
  covers?: string[];
}

/** A finding as machines read it, with its excerpt, why and better way, and offsets in both units. */
export function compactFinding(f: Report['findings'][number], text: string, cp = codePoints(text)): CompactFinding {
  const has = f.start !== undefined && f.end !== undefined;
  return {
    rule: f.rule,
    category: f.category,
    severity: f.severity,
    start: f.start ?? null,
    end: f.end ?? null,
    startUtf16: f.start ?? null,
    endUtf16: f.end ?? null,
    startCodePoint: has ? cp(f.start!) : null,
    endCodePoint: has ? cp(f.end!) : null,
    excerpt: has ? text.slice(f.start, f.end) : null,
    message: f.message,
    why: f.why,
    betterWay: f.suggestions[0] ?? '',
    suggestions: f.suggestions,
    ...(f.source !== undefined && { source: f.source }),
    ...(f.covers?.length && { covers: f.covers.map((c) => c.rule) }),
  };
}

/** One line of the --jsonl output: what a scheduler needs, nothing more. */
export function compactResult(id: unknown, report: Report, text: string) {
  const cp = codePoints(text);
  return {
    id,
    language: report.language,
    score: report.score,
    truncated: report.truncated,
    findings: report.findings.map((f) => compactFinding(f, text, cp)),
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
    truncated: (more: number, max: number) => `… and ${more} more hints not shown (a report keeps at most ${max}).`,
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
    truncated: (more: number, max: number) =>
      `… et ${more} autres remarques non affichées (un rapport en garde au plus ${max}).`,
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
  if (report.truncated) {
    lines.push('', l.truncated(Math.max(0, report.counts.findings - report.findings.length), MAX_FINDINGS));
  }
  if (report.strengths.length > 0) {
    lines.push('', `${l.works}: ${report.strengths.map((s) => s.message).join('; ')}`);
  }
  for (const e of report.errors) lines.push('', `(analyzer ${e.analyzer} failed: ${e.message})`);
  return lines;
}

/** Text that is not text: NUL bytes, or many bytes that were not UTF-8. */
function looksBinary(input: string): boolean {
  if (input.includes('\u0000')) return true;
  let bad = 0;
  for (let i = 0; i < input.length; i++) if (input.charCodeAt(i) === 0xfffd) bad++;
  return bad > 8 && bad > input.length / 100;
}

/** One post of a calendar (a CSV row or a JSONL line) and what the coach made of it. */
export interface Entry {
  /** 1-based line where the post starts in the input. */
  line: number;
  id: string | number;
  platform?: string;
  date?: string;
  cells?: Record<string, string>;
  text: string;
  report?: Report;
  skipped?: string;
}

const placeOf = (e: Pick<Entry, 'line' | 'id'>, byLine: boolean) =>
  byLine
    ? { en: `on line ${e.line} of this calendar`, fr: `à la ligne ${e.line} de ce calendrier` }
    : {
        en: `in post ${JSON.stringify(e.id)} of this calendar`,
        fr: `dans le post ${JSON.stringify(e.id)} de ce calendrier`,
      };

/**
 * Earlier posts of the calendar as remembered drafts: the same text again, or on
 * another site, is found across its rows with the extension's own fingerprints.
 */
class CalendarMemory {
  private readonly seen: DraftFingerprint[] = [];
  /** Far from any real time, so "restored within half an hour" never applies between rows. */
  readonly now = 10 * 365 * 86_400_000;
  history(): DraftFingerprint[] {
    return this.seen;
  }
  add(entry: Entry, platform: Platform): void {
    const signature = fingerprint(entry.text);
    if (signature) {
      this.seen.push({ signature, platform, at: this.seen.length, where: placeOf(entry, true) });
    }
  }
}

/** The columns the coach adds to a CSV row. */
const COACH_COLUMNS = [
  'coach_status',
  'coach_platform',
  'coach_language',
  'coach_score',
  'coach_hints',
  'coach_findings',
];

function csvOut(headers: readonly string[], entries: readonly Entry[]): string {
  const rows = entries.map((e) => {
    const base = headers.map((h) => e.cells?.[h] ?? '');
    if (!e.report) return [...base, `skipped: ${e.skipped}`, e.platform ?? '', '', '', '', '[]'];
    const findings = e.report.findings.map((f) => compactFinding(f, e.text));
    const hints = findings
      .map(
        (f) =>
          `${f.severity === 'warning' ? '!' : '-'} ${f.excerpt === null ? '' : `"${f.excerpt}": `}${f.message} → ${f.betterWay}`,
      )
      .join('\n');
    return [
      ...base,
      e.report.truncated ? 'ok (truncated)' : 'ok',
      e.platform ?? '',
      e.report.language,
      String(e.report.score),
      hints,
      JSON.stringify(findings),
    ];
  });
  return stringify([[...headers, ...COACH_COLUMNS], ...rows], { bom: false, record_delimiter: 'unix' });
}

function entryJson(e: Entry) {
  if (!e.report)
    return {
      line: e.line,
      id: e.id,
      ...(e.platform && { platform: e.platform }),
      ...(e.date && { date: e.date }),
      ...(e.cells && { columns: e.cells }),
      skipped: e.skipped,
    };
  return {
    line: e.line,
    platform: e.platform,
    ...(e.date && { date: e.date }),
    ...(e.cells && { columns: e.cells }),
    ...compactResult(e.id, e.report, e.text),
  };
}

/** A --jsonl result line: as before, or what was skipped. */
const jsonlLine = (e: Entry) =>
  e.report ? compactResult(e.id, e.report, e.text) : { id: e.id, platform: e.platform, skipped: e.skipped };

function summaryOf(entries: readonly Entry[]): string {
  const coached = entries.filter((e) => e.report);
  const skipped = entries.length - coached.length;
  const mean = coached.length ? Math.round(coached.reduce((n, e) => n + e.report!.score, 0) / coached.length) : 0;
  const count = (rule: string) => coached.filter((e) => e.report!.findings.some((f) => f.rule === rule)).length;
  const hints = coached.reduce((n, e) => n + e.report!.findings.length, 0);
  return `coach: ${coached.length} post${coached.length === 1 ? '' : 's'} coached${skipped ? `, ${skipped} skipped` : ''}; average score ${mean}/100; ${hints} hints; ${count('repetition/repeat')} repeats, ${count('repetition/cross-post')} cross-posts`;
}

type Format = 'jsonl' | 'json' | 'csv';
const FORMATS = ['jsonl', 'json', 'csv'] as const;

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
        text: { type: 'string' },
        'text-column': { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        report: { type: 'string' },
        json: { type: 'boolean', default: false },
        jsonl: { type: 'boolean', default: false },
        csv: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`coach: ${argumentProblem(error as Error)}`);
    io.stderr('Run with --help for the usage.');
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  let defaults: { platform: Platform; lang?: Lang; kind?: BoxKind; sensitivity?: Sensitivity };
  let format: Format | undefined;
  try {
    if (positionals.length > 1) throw new UsageError(`expected at most one FILE, got ${positionals.length}`);
    if (values.text !== undefined && positionals.length > 0)
      throw new UsageError('give the draft with --text or as FILE, not both');
    if (values.csv && values.jsonl) throw new UsageError('--csv and --jsonl read different files: give one');
    if (values.text !== undefined && (values.csv || values.jsonl))
      throw new UsageError(`--text is one draft, not a ${values.csv ? 'CSV' : 'JSONL'} file`);
    const calendar = values.csv || values.jsonl;
    if (!calendar && (values.format || values.out || values['text-column'])) {
      throw new UsageError('--format, --out and --text-column apply to a calendar (--csv or --jsonl)');
    }
    if (values['text-column'] !== undefined && !values.csv) throw new UsageError('--text-column applies to --csv');
    format = oneOf('format', values.format, FORMATS) ?? (values.out ? formatOfPath(values.out) : undefined);
    if (values.report !== undefined && !values.report.toLowerCase().endsWith('.html')) {
      throw new UsageError(`--report writes an HTML file: give a name ending in .html (got "${values.report}")`);
    }
    defaults = {
      platform: oneOf('platform', values.platform, PLATFORMS) ?? 'linkedin',
      lang: oneOf('lang', values.lang, LANGS),
      kind: oneOf('kind', values.kind, BOX_KINDS),
      sensitivity: oneOf('sensitivity', values.sensitivity, SENSITIVITIES),
    };
  } catch (error) {
    io.stderr(`coach: ${(error as Error).message}`);
    io.stderr('Run with --help for the usage.');
    return 2;
  }

  const houseRules: HousePack[] = [];
  for (const file of values['house-rules'] ?? []) {
    let text: string;
    try {
      text = await io.readInput(file);
    } catch (error) {
      io.stderr(`coach: cannot read ${file}: ${reasonOf(error)}`);
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
  const source = path ?? 'standard input';
  let input: string;
  if (values.text !== undefined) input = values.text;
  else {
    try {
      input = await io.readInput(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // `coach "Like and share!"`: a quoted draft is not a file name.
      if (path !== undefined && code === 'ENOENT' && /\s/.test(path) && !values.csv && !values.jsonl) input = path;
      else {
        io.stderr(`coach: cannot read ${source}: ${reasonOf(error)}`);
        if (path !== undefined && code === 'ENOENT' && !/\s/.test(path))
          io.stderr('(to coach a text, give it with --text "…")');
        return 2;
      }
    }
    if (looksBinary(input)) {
      io.stderr(`coach: ${source} looks like a binary file, not text: give a UTF-8 text, JSONL or CSV file`);
      return 2;
    }
  }

  const options = (over: Partial<AnalyzeOptions>): AnalyzeOptions => ({
    platform: defaults.platform,
    lang: defaults.lang,
    kind: defaults.kind,
    // Messages in the draft's own language, as the extension's are in the coach's.
    ...analysisOptions({ sensitivity: defaults.sensitivity }, { messageLang: 'auto', packs: houseRules }),
    ...over,
  });

  if (!values.jsonl && !values.csv) {
    if (input.trim() === '') {
      io.stderr(`coach: the draft is empty (${values.text !== undefined ? '--text' : source}): nothing to coach`);
      return 2;
    }
    const report = analyze(input, options({}));
    if (values.json) io.stdout(JSON.stringify(report, null, 2));
    else for (const line of human(input, report, report.language)) io.stdout(line);
    if (values.report) {
      const written = await writeOut(
        io,
        values.report,
        calendarReport(
          [{ line: 1, id: 1, text: input, report, platform: report.platform }],
          reportLang(defaults.lang, [report]),
        ),
      );
      if (!written) return 2;
    }
    return 0;
  }

  if (input.trim() === '') {
    io.stderr(`coach: ${source} is empty: no posts to coach`);
    return 2;
  }
  const memory = new CalendarMemory();
  const coach = (entry: Entry, platform: Platform, over: Partial<AnalyzeOptions>) => {
    entry.report = analyze(entry.text, options({ history: memory.history(), now: memory.now, ...over, platform }));
    memory.add(entry, platform);
  };
  const entries: Entry[] = [];
  let failures = 0;
  let headers: string[] = [];

  if (values.csv) {
    let calendar;
    try {
      calendar = parseCalendar(input, values['text-column']);
    } catch (error) {
      if (!(error instanceof CalendarError)) throw error;
      io.stderr(`coach: ${source}: ${error.message}`);
      return 2;
    }
    headers = calendar.headers;
    if (!calendar.columns.network) {
      io.stderr(
        `coach: ${source} has no network column: every post is coached for ${defaults.platform}${values.platform ? '' : ' (set it with --platform)'}`,
      );
    }
    for (const row of calendar.rows) {
      const entry: Entry = {
        line: row.line,
        id: row.id ?? row.line,
        cells: row.cells,
        text: row.text,
        ...(row.date && { date: row.date }),
      };
      entries.push(entry);
      const network = row.network === undefined ? { none: true as const } : networkOf(row.network);
      if ('other' in network) {
        entry.platform = network.other;
        entry.skipped = `${network.other} is not coached (only ${siteNames(SITES)} are)`;
        io.stderr(`coach: line ${row.line}: ${entry.skipped}: skipped`);
        continue;
      }
      const platform = 'platform' in network ? network.platform : defaults.platform;
      entry.platform = platform;
      if (row.text.trim() === '') {
        entry.skipped = 'no text';
        io.stderr(`coach: line ${row.line}: no text: skipped`);
        continue;
      }
      try {
        coach(entry, platform, {
          ...(row.lang !== undefined && { lang: row.lang.toLowerCase().slice(0, 2) as Lang }),
          ...(row.kind !== undefined && { kind: row.kind.toLowerCase() as BoxKind }),
        });
      } catch (error) {
        if (!(error instanceof AnalyzeOptionsError)) throw error;
        failures++;
        entry.skipped = error.message;
        io.stderr(`coach: line ${row.line}: ${error.message}`);
      }
    }
  } else {
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
      const entry: Entry = {
        line: lineNo,
        id,
        text: record.text,
        ...(typeof record.date === 'string' && { date: record.date }),
      };
      let platform = defaults.platform;
      if (record.platform !== undefined) {
        const network =
          typeof record.platform === 'string'
            ? networkOf(record.platform)
            : { other: String(record.platform), known: false };
        if ('other' in network && network.known) {
          entries.push({
            ...entry,
            platform: network.other,
            skipped: `${network.other} is not coached (only ${siteNames(SITES)} are)`,
          });
          io.stderr(`coach: line ${lineNo} (id ${JSON.stringify(id)}): ${network.other} is not coached: skipped`);
          return;
        }
        if (!('platform' in network))
          return fail(`platform must be one of ${PLATFORMS.join(', ')} (got ${JSON.stringify(record.platform)})`);
        platform = network.platform;
      }
      entry.platform = platform;
      try {
        coach(entry, platform, {
          ...(record.lang !== undefined && { lang: record.lang as Lang }),
          ...(record.kind !== undefined && { kind: record.kind as BoxKind }),
        });
        entries.push(entry);
      } catch (error) {
        if (error instanceof AnalyzeOptionsError) return fail(error.message);
        throw error;
      }
    });
  }

  const chosen: Format = format ?? 'jsonl';
  const body =
    chosen === 'csv'
      ? values.csv
        ? csvOut(headers, entries)
        : csvOut(
            ['id', 'text'],
            entries.map((e) => ({ ...e, cells: { id: String(e.id), text: e.text } })),
          )
      : chosen === 'json'
        ? `${JSON.stringify({ summary: summaryOf(entries).replace(/^coach: /, ''), results: entries.map(entryJson) }, null, 2)}\n`
        : entries.map((e) => `${JSON.stringify(values.jsonl ? jsonlLine(e) : entryJson(e))}\n`).join('');
  if (values.out) {
    if (!(await writeOut(io, values.out, body))) return 2;
  } else {
    for (const line of body.replace(/\n$/, '').split('\n')) if (body !== '') io.stdout(line);
  }
  if (values.report) {
    const reports = entries.flatMap((e) => (e.report ? [e.report] : []));
    const html = calendarReport(entries as ReportEntry[], reportLang(defaults.lang, reports));
    if (!(await writeOut(io, values.report, html))) return 2;
  }
  if (values.csv || values.out || values.report) io.stderr(summaryOf(entries));
  return failures > 0 ? 1 : 0;
}

/** The report's language: the one given, else the calendar's most common. */
function reportLang(given: Lang | undefined, reports: readonly Report[]): Lang {
  if (given) return given;
  const fr = reports.filter((r) => r.language === 'fr').length;
  return fr * 2 > reports.length ? 'fr' : 'en';
}

function formatOfPath(path: string): Format {
  const ext = path.toLowerCase().split('.').pop();
  if (ext === 'csv' || ext === 'json' || ext === 'jsonl') return ext;
  throw new UsageError(
    `--out: cannot tell the format of "${path}" (end it in .csv, .json or .jsonl, or give --format)`,
  );
}

async function writeOut(io: CliIo, path: string, content: string): Promise<boolean> {
  try {
    await io.writeFile(path, content);
    return true;
  } catch (error) {
    io.stderr(`coach: cannot write ${path}: ${reasonOf(error)}`);
    return false;
  }
}

/** An error as one line a person reads: Node's message without its code prefix. */
export function reasonOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const plain: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EISDIR: 'it is a folder, not a file',
    ENOTDIR: 'a part of the path is not a folder',
  };
  return (e.code && plain[e.code]) ?? (e instanceof Error ? e.message : String(error));
}

/** parseArgs' messages speak of `--` and positionals; say what to do instead. */
function argumentProblem(error: Error): string {
  const code = (error as { code?: string }).code;
  const option = /'(-[^' ]*)/.exec(error.message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option ?? ''}`.trim();
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return option ? `${option} needs a value` : error.message.replace(/\s*To specify.*$/s, '');
  }
  return error.message;
}
