import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from './coach';
import { networkOf, parseCalendar, timeOf } from './calendar';

const fixture = (name: string) => readFileSync(`tests/fixtures/calendars/${name}`, 'utf8');

/** Runs the CLI on in-memory files; what it writes is kept in `written`. */
async function run(argv: string[], files: Record<string, string> = {}, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const exit = await runCli(argv, {
    readInput: async (path) => {
      if (path === undefined) return stdin;
      if (path in files) return files[path]!;
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
    },
    writeFile: async (path, content) => {
      written[path] = content;
    },
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
  });
  return { exit, out, err, written };
}

type Result = {
  line: number;
  id: string | number;
  platform: string;
  skipped?: string;
  columns?: Record<string, string>;
  findings?: { rule: string; start: number | null; end: number | null; excerpt: string | null; betterWay: string }[];
};
const results = (out: string[]) => out.map((l) => JSON.parse(l) as Result);
const files = { 'buffer.csv': fixture('buffer.csv'), 'hootsuite.csv': fixture('hootsuite.csv') };

describe('calendar lint (--csv)', () => {
  it('reads two schedulers’ exports alike: one result per post, in order, networks as they write them', async () => {
    const buffer = results((await run(['--csv', 'buffer.csv'], files)).out);
    const hootsuite = results((await run(['--csv', 'hootsuite.csv'], files)).out);
    expect(buffer.map((r) => r.platform)).toEqual([
      'linkedin',
      'x',
      'facebook',
      'Instagram',
      'linkedin',
      'x',
      'linkedin',
      'TikTok',
      'facebook',
    ]);
    expect(hootsuite.map((r) => r.platform)).toEqual(buffer.map((r) => r.platform));
    const rulesOf = (r: Result) => r.findings?.map((f) => [f.rule, f.excerpt]);
    expect(hootsuite.map(rulesOf)).toEqual(buffer.map(rulesOf));
    expect(hootsuite.map((r) => r.id).slice(0, 2)).toEqual(['hs-100', 'hs-101']);
  });

  it('gives each post the findings the JSONL path gives for the same text, repeats included', async () => {
    const csv = results((await run(['--csv', 'buffer.csv'], files)).out).filter((r) => !r.skipped);
    const calendar = parseCalendar(fixture('buffer.csv'));
    const jsonl = calendar.rows
      .filter((r) => !['Instagram', 'TikTok'].includes(r.network!))
      .map((r, i) => JSON.stringify({ id: i, text: r.text, platform: r.network }))
      .join('\n');
    const fromJsonl = results((await run(['--jsonl'], {}, jsonl)).out);
    const comparable = (r: Result) => r.findings!.map((f) => [f.rule, f.start, f.end, f.betterWay]);
    expect(csv.map(comparable)).toEqual(fromJsonl.map(comparable));
  });

  it('skips networks it does not coach with a notice, not an error', async () => {
    const { exit, err } = await run(['--csv', 'buffer.csv'], files);
    expect(exit).toBe(0);
    expect(err).toContain('coach: line 8: Instagram is not coached (only X, LinkedIn and Facebook are): skipped');
    expect(err.at(-1)).toMatch(
      /^coach: 7 posts coached, 2 skipped; average score \d+\/100; \d+ hints; 1 repeats, 1 cross-posts$/,
    );
  });

  it('finds repeats and unchanged cross-posts across rows, saying which line', async () => {
    const out = results((await run(['--csv', 'buffer.csv'], files)).out);
    const rep = (r: Result) => r.findings?.filter((f) => f.rule.startsWith('repetition/')).map((f) => f.rule) ?? [];
    expect(out.map(rep)).toEqual([[], [], [], [], ['repetition/cross-post'], [], ['repetition/repeat'], [], []]);
    const json = JSON.parse(
      (await run(['--csv', 'buffer.csv', '--format', 'json', '--lang', 'en'], files)).out.join('\n'),
    );
    const cross = json.results[4].findings.find((f: { rule: string }) => f.rule === 'repetition/cross-post');
    expect(cross.message).toBe('The same text as your X draft on line 3 of this calendar');
  });

  it('takes --platform when the file has no network column, and says so', async () => {
    const meta =
      'Post ID,Title,Description,Publish time\n1,,"Like and share our page!",2026-03-02 10:00\n2,,"What is your favourite glaze?",2026-03-03 10:00\n';
    const { out, err } = await run(['--csv', 'meta.csv', '--platform', 'facebook'], { 'meta.csv': meta });
    expect(results(out).map((r) => [r.id, r.platform])).toEqual([
      ['1', 'facebook'],
      ['2', 'facebook'],
    ]);
    expect(err[0]).toBe('coach: meta.csv has no network column: every post is coached for facebook');
  });

  it('writes CSV that keeps every column and adds the coach’s, quoting newlines and quotes', async () => {
    const { written, exit } = await run(['--csv', 'buffer.csv', '--out', 'linted.csv'], files);
    expect(exit).toBe(0);
    const rows = parse(written['linted.csv']!, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(9);
    const source = parseCalendar(fixture('buffer.csv')).rows;
    rows.forEach((row, i) => {
      expect(row.Text).toBe(source[i]!.text);
      expect(row['Scheduled At']).toBe(source[i]!.cells['Scheduled At']);
    });
    expect(rows[0]).toMatchObject({ coach_status: 'ok', coach_platform: 'linkedin', coach_language: 'en' });
    expect(rows[0]!.coach_hints).toContain('"Like and share"');
    expect(rows[3]!.coach_status).toMatch(/^skipped: Instagram/);
    expect(JSON.parse(rows[0]!.coach_findings!)[0]).toMatchObject({ rule: 'begging/like', excerpt: 'Like and share' });
  });

  it('gives code-point offsets beside UTF-16 ones (an emoji is two UTF-16 units, one code point)', async () => {
    const csv = 'text,network\n"🎉🎉 Like and share!",LinkedIn\n';
    const [result] = results((await run(['--csv', 'c.csv'], { 'c.csv': csv })).out) as unknown as {
      findings: { startUtf16: number; endUtf16: number; startCodePoint: number; endCodePoint: number }[];
    }[];
    const like = result!.findings[0]!;
    expect([like.startUtf16, like.endUtf16]).toEqual([5, 19]);
    expect([like.startCodePoint, like.endCodePoint]).toEqual([3, 17]);
    expect([...'🎉🎉 Like and share!'].slice(3, 17).join('')).toBe('Like and share');
  });

  it('refuses a file with no text column, naming the columns it has', async () => {
    const { exit, err } = await run(['--csv', 'x.csv'], { 'x.csv': 'when,where\n1,2\n' });
    expect(exit).toBe(2);
    expect(err[0]).toMatch(
      /^coach: x\.csv: no column holds the post text: .*\(found: when, where\); name it with --text-column$/,
    );
    const named = await run(['--csv', 'x.csv', '--text-column', 'WHERE'], { 'x.csv': 'when,where\n1,"Follow us!"\n' });
    expect(named.exit).toBe(0);
  });

  it('parses quoting, embedded newlines and quotes, a BOM, and semicolons', () => {
    const cal = parseCalendar('\uFEFFMessage;Network\n"Line one\nLine ""two""";X\n');
    expect(cal.rows[0]).toMatchObject({ text: 'Line one\nLine "two"', network: 'X', line: 2 });
    expect(cal.columns).toEqual({ text: 'Message', network: 'Network' });
  });

  it.each([
    ['X (Twitter)', { platform: 'x' }],
    ['Twitter', { platform: 'x' }],
    ['x', { platform: 'x' }],
    ['LinkedIn Page', { platform: 'linkedin' }],
    ['linkedin company', { platform: 'linkedin' }],
    ['Facebook Page', { platform: 'facebook' }],
    ['Meta', { platform: 'facebook' }],
    ['FB', { platform: 'facebook' }],
    ['Page x', { other: 'Page x', known: false }],
    ['Instagram Business', { other: 'Instagram', known: true }],
    ['Myspace', { other: 'Myspace', known: false }],
  ])('network %s', (value, expected) => {
    expect(networkOf(value)).toEqual(expected);
  });

  it('reads the dates schedulers write', () => {
    expect(timeOf('2026-03-02 09:00')).toBe(Date.UTC(2026, 2, 2, 9, 0));
    expect(timeOf('2026/03/02')).toBe(Date.UTC(2026, 2, 2));
    expect(timeOf('13/03/2026 10:00')).toBe(Date.UTC(2026, 2, 13, 10, 0));
    expect(timeOf('soon')).toBeUndefined();
  });

  it('writes an HTML report with --report', async () => {
    const { written } = await run(['--csv', 'buffer.csv', '--report', 'cal.html'], files);
    const html = written['cal.html']!;
    expect(html.match(/<article class="card/g)).toHaveLength(9);
    expect(html).toContain('Our &#34;spring&#34; offer');
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/);
    for (const chart of ['score-per-week', 'value-vs-promotion', 'begging-per-week', 'repeats', 'hashtags']) {
      expect(html).toContain(`data-chart="${chart}"`);
    }
  });

  it('escapes everything that comes from the calendar', async () => {
    const csv = 'text,network\n"<img src=x onerror=alert(1)> Like and share <script>alert(2)</script>",LinkedIn\n';
    const { written } = await run(['--csv', 'c.csv', '--report', 'r.html'], { 'c.csv': csv });
    expect(written['r.html']).not.toContain('<img');
    expect(written['r.html']).not.toContain('<script');
    expect(written['r.html']).toContain('&#60;script&#62;');
  });
});

describe('a draft given inline', () => {
  it('as --text or as a quoted argument that is not a file', async () => {
    for (const argv of [
      ['--text', 'Like and share if you agree!', '--json'],
      ['Like and share if you agree!', '--json'],
    ]) {
      const { exit, out } = await run(argv);
      expect(exit).toBe(0);
      expect(JSON.parse(out.join('\n')).findings[0].rule).toBe('begging/like');
    }
  });
  it('a missing file name without spaces is still a missing file', async () => {
    const { exit, err } = await run(['draft.txt']);
    expect(exit).toBe(2);
    expect(err).toEqual(['coach: cannot read draft.txt: no such file', '(to coach a text, give it with --text "…")']);
  });
});

describe('a command line that fails cleanly', () => {
  it('refuses a binary file', async () => {
    const { exit, err, out } = await run(['photo.jpg'], { 'photo.jpg': '\uFFFD\uFFFD\u0000JFIF\u0000\u0010' });
    expect(exit).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual(['coach: photo.jpg looks like a binary file, not text: give a UTF-8 text, JSONL or CSV file']);
  });
  it('says an empty draft is empty instead of scoring it', async () => {
    const { exit, err, out } = await run([], {}, '  \n');
    expect(exit).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual(['coach: the draft is empty (standard input): nothing to coach']);
    expect((await run(['--jsonl'], {}, '')).err).toEqual(['coach: standard input is empty: no posts to coach']);
  });
  it('says in the human output when hints were left out', async () => {
    const { out } = await run([], {}, 'like and share! '.repeat(600));
    expect(out.join('\n')).toMatch(/… and \d+ more hints not shown \(a report keeps at most 500\)\./);
  });
  it('refuses a report name that is not HTML, and options that need a calendar', async () => {
    expect((await run(['--csv', 'a.csv', '--report', 'a.pdf'])).exit).toBe(2);
    expect((await run(['--out', 'a.csv'])).err[0]).toBe(
      'coach: --format, --out and --text-column apply to a calendar (--csv or --jsonl)',
    );
  });
  it('says when it cannot write its output', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const exit = await runCli(['--csv', 'a.csv', '--out', 'nope/a.json'], {
      readInput: async () => 'text\nhello there\n',
      writeFile: async () => {
        throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      },
      stdout: (l) => out.push(l),
      stderr: (l) => err.push(l),
    });
    expect(exit).toBe(2);
    expect(err).toContain('coach: cannot write nope/a.json: no such file');
  });
});
