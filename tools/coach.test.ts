import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './coach';

function run(argv: string[], input: string | Error = '') {
  const out: string[] = [];
  const err: string[] = [];
  const paths: (string | undefined)[] = [];
  const code = runCli(argv, {
    readInput: async (path) => {
      paths.push(path);
      if (input instanceof Error) throw input;
      return input;
    },
    writeFile: async () => {
      throw new Error('no files in this test');
    },
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
  });
  return code.then((exit) => ({ exit, out, err, paths }));
}

describe('coach CLI', () => {
  it('prints a JSON report for one draft from standard input', async () => {
    const { exit, out, err, paths } = await run(['--json'], 'Like and share if you agree!!! #likeforlike');
    expect(exit).toBe(0);
    expect(err).toEqual([]);
    expect(paths).toEqual([undefined]);
    const report = JSON.parse(out.join('\n'));
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual([
      'begging/like',
      'begging/hashtag',
      // Bait and nothing besides: the reader gets nothing either (shared/ANNOTATION.md).
      'missing-value/whole-post',
      'formulas/exclamations',
    ]);
  });

  it('reads the file it is given and honours platform and language', async () => {
    const { out, paths } = await run(['draft.txt', '--platform', 'x', '--lang', 'fr', '--json'], 'Likez !');
    expect(paths).toEqual(['draft.txt']);
    const report = JSON.parse(out.join('\n'));
    expect(report).toMatchObject({ platform: 'x', language: 'fr' });
  });

  it('prints excerpt, category, message and tip for people, in the draft language', async () => {
    const { out } = await run([], 'Abonnez-vous à la page !');
    const text = out.join('\n');
    expect(text).toContain('[begging] begging/follow  "Abonnez-vous"');
    expect(text).toContain('Pourquoi:');
    expect(text).toContain('Essayez:');
  });

  it('answers --jsonl line by line, in order, and keeps going past bad lines', async () => {
    const input = [
      '{"id":"a","text":"Happy Monday!!!"}',
      'not json',
      '{"id":"b","text":"Follow us for more","platform":"x"}',
      '{"id":"c","text":"hi","platform":"myspace"}',
      '{"text":"no id"}',
      '',
      '{"id":7,"text":"What is the hardest part of onboarding for you?","lang":"en"}',
    ].join('\n');
    const { exit, out, err } = await run(['--jsonl'], input);
    expect(exit).toBe(1);
    const lines = out.map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 7]);
    expect(lines[0].findings[0]).toMatchObject({ rule: 'missing-value/filler', start: null, end: null });
    expect(lines[1].findings[0]).toMatchObject({ rule: 'begging/follow', start: 0, end: 9 });
    expect(Object.keys(lines[2]).sort()).toEqual(['findings', 'id', 'language', 'score', 'truncated']);
    expect(err).toEqual([
      expect.stringMatching(/^coach: line 2: not valid JSON/),
      'coach: line 4 (id "c"): platform must be one of x, linkedin, facebook (got "myspace")',
      'coach: line 5: "id" must be a string or a number',
    ]);
  });

  it('exits 0 on a clean --jsonl run', async () => {
    const { exit, err } = await run(['--jsonl'], '{"id":1,"text":"Merci à tous pour vos retours !"}\n');
    expect(exit).toBe(0);
    expect(err).toEqual([]);
  });

  it('reports usage errors and unreadable files with exit code 2', async () => {
    expect((await run(['--platform', 'myspace'])).exit).toBe(2);
    expect((await run(['--nope'])).err).toEqual(['coach: unknown option --nope', 'Run with --help for the usage.']);
    expect((await run(['--platform'])).err[0]).toBe('coach: --platform needs a value');
    expect((await run(['a', 'b'])).err[0]).toBe('coach: expected at most one FILE, got 2');
    const missing = await run(['missing.txt'], Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' }));
    expect(missing).toMatchObject({ exit: 2 });
    expect(missing.err[0]).toBe('coach: cannot read missing.txt: no such file');
  });

  it('prints usage on --help', async () => {
    const { exit, out } = await run(['--help']);
    expect(exit).toBe(0);
    expect(out.join('\n')).toMatch(/^Usage:/);
  });

  it('analyses a 500-line calendar in well under a second', async () => {
    const line = (i: number) =>
      JSON.stringify({ id: i, text: `Post ${i}: like and share our new offer, buy now! #promo` });
    const input = Array.from({ length: 500 }, (_, i) => line(i)).join('\n');
    const { exit, out } = await run(['--jsonl'], input);
    expect(exit).toBe(0);
    expect(out).toHaveLength(500);
  });
});

describe('coach CLI with house rules', () => {
  const files: Record<string, string> = {
    'pack.json': readFileSync('docs/house-rules.example.json', 'utf8'),
    'broken.json': '{\n  "format": "post-coach-house-rules",\n  "rules": 3\n}',
  };
  const runWith = (argv: string[], draft: string) => {
    const out: string[] = [];
    const err: string[] = [];
    return runCli(argv, {
      readInput: async (path) =>
        path === undefined ? draft : (files[path] ?? Promise.reject(new Error('no such file'))),
      writeFile: async () => {},
      stdout: (line) => out.push(line),
      stderr: (line) => err.push(line),
    }).then((exit) => ({ exit, out, err }));
  };

  it('applies a pack given with --house-rules', async () => {
    const { exit, out } = await runWith(['--house-rules', 'pack.json', '--json'], 'Hey guys, a sponsored post');
    expect(exit).toBe(0);
    const rules = JSON.parse(out.join('\n')).findings.map((f: { rule: string }) => f.rule);
    expect(rules).toEqual(
      expect.arrayContaining([
        'house-rules/atelier-community.say-everyone',
        'house-rules/atelier-community.sponsored-tag',
      ]),
    );
  });

  it('refuses a broken pack with file, line, field and reason, and analyses nothing', async () => {
    const { exit, out, err } = await runWith(['--house-rules', 'broken.json'], 'Hey guys');
    expect(exit).toBe(2);
    expect(out).toEqual([]);
    expect(err).toContain('coach: broken.json:3: rules: Invalid input: expected array, received number');
  });
});
