/**
 * A content calendar as schedulers export it (Buffer, Hootsuite, Later, Meta
 * Business Suite): CSV with a header row, columns found by their names in any
 * case, networks named the schedulers' way. Parsing only; coaching is in coach.ts.
 */
import { parse } from 'csv-parse/sync';
import type { Platform } from '../analyzers/kit/types';
import { SITES } from '../analyzers/kit/sites';

/** Header names (folded: lowercase, letters and digits) for each column the coach reads, most specific first. */
const HEADERS = {
  text: [
    'text',
    'message',
    'post text',
    'post content',
    'content',
    'caption',
    'post',
    'body',
    'copy',
    'tweet',
    'status',
    'update',
    'description',
  ],
  network: [
    'network',
    'social network',
    'platform',
    'channel',
    'channel type',
    'service',
    'profile type',
    'social profile',
    'profile',
    'account type',
    'page',
  ],
  id: ['id', 'post id', 'uuid', 'external id'],
  date: [
    'scheduled at',
    'scheduled time',
    'scheduled date',
    'publish time',
    'publish date',
    'posted at',
    'published at',
    'send at',
    'date',
    'time',
    'due at',
    'created at',
  ],
  lang: ['lang', 'language'],
  kind: ['kind', 'post kind'],
} as const;

export type Column = keyof typeof HEADERS;

const fold = (header: string) =>
  header
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Networks the coach does not coach: skipped with a notice. */
const OTHER_NETWORKS = [
  'instagram',
  'tiktok',
  'threads',
  'pinterest',
  'youtube',
  'mastodon',
  'bluesky',
  'google',
  'snapchat',
  'reddit',
  'tumblr',
  'whatsapp',
];

/** A platform the coach coaches, another network (`known`: one it recognises, such as Instagram), or nothing. */
const NETWORK_NAMES: Record<string, string> = { tiktok: 'TikTok', youtube: 'YouTube', whatsapp: 'WhatsApp' };

export type NetworkOf = { platform: Platform } | { other: string; known: boolean } | { none: true };

/** "X (Twitter)", "LinkedIn Page", "Facebook Page", "twitter", "Meta"… as the coach's platform. */
export function networkOf(value: string): NetworkOf {
  const v = value.toLowerCase().trim();
  if (v === '') return { none: true };
  const words = v.split(/[^a-z0-9]+/).filter(Boolean);
  // A one-letter name ("x") counts only as the first word: elsewhere it is noise ("Page x").
  const names = (name: string) => (name.length === 1 ? words[0] === name : words.includes(name));
  const site = SITES.list.find((s) => s.networkNames.some(names));
  if (site) return { platform: site.id };
  const other = OTHER_NETWORKS.find((n) => words.includes(n) || v.includes(n));
  return other
    ? { other: NETWORK_NAMES[other] ?? other[0]!.toUpperCase() + other.slice(1), known: true }
    : { other: value.trim(), known: false };
}

export interface CalendarRow {
  /** 1-based line in the file where the row starts (the header is line 1). */
  line: number;
  /** The row's cells by header, as in the file. */
  cells: Record<string, string>;
  text: string;
  network?: string;
  id?: string;
  date?: string;
  lang?: string;
  kind?: string;
}

export interface Calendar {
  headers: string[];
  /** Which header each column the coach reads was found in. */
  columns: Partial<Record<Column, string>>;
  rows: CalendarRow[];
}

export class CalendarError extends Error {}

/** Find the columns by their headers; `textColumn` names the text column when the headers are unusual. */
export function findColumns(headers: readonly string[], textColumn?: string): Partial<Record<Column, string>> {
  const folded = headers.map(fold);
  const columns: Partial<Record<Column, string>> = {};
  const taken = new Set<number>();
  for (const column of Object.keys(HEADERS) as Column[]) {
    if (column === 'network') continue; // chosen by its content, in parseCalendar
    if (column === 'text' && textColumn !== undefined) {
      const i = folded.indexOf(fold(textColumn));
      if (i < 0) throw new CalendarError(`no column "${textColumn}" (the columns are: ${headers.join(', ')})`);
      columns.text = headers[i]!;
      taken.add(i);
      continue;
    }
    for (const name of HEADERS[column]) {
      const i = folded.findIndex((h, k) => !taken.has(k) && h === name);
      if (i >= 0) {
        columns[column] = headers[i]!;
        taken.add(i);
        break;
      }
    }
  }
  return columns;
}

/** Parse a calendar export. Quoted cells may hold commas, quotes and line breaks; a BOM is dropped. */
export function parseCalendar(input: string, textColumn?: string): Calendar {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(input, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      // A scheduler in Europe may export with semicolons.
      delimiter: sniffDelimiter(input),
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw new CalendarError(`not a readable CSV file: ${(error as Error).message}`);
  }
  if (records.length === 0) throw new CalendarError('the file is empty');
  const headers = records[0]!.record.map((h) => h.trim());
  const columns = findColumns(headers, textColumn);
  if (!columns.text) {
    throw new CalendarError(
      `no column holds the post text: expected a header such as Text, Message, Post or Caption (found: ${headers.join(', ')}); name it with --text-column`,
    );
  }
  const network = networkColumn(
    headers,
    columns,
    records.slice(1).map((r) => r.record),
  );
  if (network !== undefined) columns.network = network;
  const index = (name: string | undefined) => (name === undefined ? -1 : headers.indexOf(name));
  const at = Object.fromEntries((Object.keys(HEADERS) as Column[]).map((c) => [c, index(columns[c])])) as Record<
    Column,
    number
  >;
  let previousEnd = records[0]!.info.lines;
  const rows = records.slice(1).map(({ record, info }) => {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    const cells = Object.fromEntries(headers.map((h, i) => [h, record[i] ?? '']));
    const cell = (c: Column) => (at[c] >= 0 ? (record[at[c]] ?? '') : undefined);
    const row: CalendarRow = { line, cells, text: cell('text') ?? '' };
    for (const c of ['network', 'id', 'date', 'lang', 'kind'] as const) {
      const v = cell(c)?.trim();
      if (v) row[c] = v;
    }
    return row;
  });
  return { headers, columns, rows };
}

/**
 * The network column: the first header that names one ("Channel Type" before
 * "Channel") whose cells mostly name networks. Buffer's "Channel" holds the
 * profile's name, Hootsuite's "Social Profile" too.
 */
function networkColumn(
  headers: readonly string[],
  columns: Partial<Record<Column, string>>,
  records: readonly string[][],
): string | undefined {
  const used = new Set(Object.values(columns));
  const folded = headers.map(fold);
  for (const name of HEADERS.network) {
    const i = folded.findIndex((h, k) => h === name && !used.has(headers[k]!));
    if (i < 0) continue;
    const values = records.map((r) => r[i]?.trim() ?? '').filter(Boolean);
    const named = values.filter((v) => {
      const n = networkOf(v);
      return 'platform' in n || ('other' in n && n.known);
    }).length;
    if (values.length > 0 && named * 2 >= values.length) return headers[i];
  }
  return undefined;
}

/** Comma unless the header line has more semicolons (or tabs) than commas. */
function sniffDelimiter(input: string): string {
  const first = input.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => first.split(c).length - 1;
  const best = [',', ';', '\t'].reduce((a, b) => (count(b) > count(a) ? b : a));
  return best;
}

/** A calendar date as a time, when it reads as one (ISO, "2026-03-12 09:00", "03/12/2026 9:00 AM"…). */
export function timeOf(date: string | undefined): number | undefined {
  if (!date) return undefined;
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?/.exec(date);
  if (iso) return Date.UTC(+iso[1]!, +iso[2]! - 1, +iso[3]!, +(iso[4] ?? 0), +(iso[5] ?? 0));
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,? (\d{1,2}):(\d{2}))?/.exec(date);
  if (slashed) {
    // Day first when it cannot be a month (13/03/2026); else month first, as US exports write it.
    const [a, b] = [+slashed[1]!, +slashed[2]!];
    const [day, month] = a > 12 ? [a, b] : [b, a];
    return Date.UTC(+slashed[3]!, month - 1, day, +(slashed[4] ?? 0), +(slashed[5] ?? 0));
  }
  const t = Date.parse(date);
  return Number.isNaN(t) ? undefined : t;
}
