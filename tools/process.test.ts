/**
 * The command-line tools as a user runs them: real processes, real pipes, a
 * working directory of their own (npm run moves to the project root and says
 * where the user was in INIT_CWD).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const tsx = join(root, 'node_modules/.bin/tsx');
const where = mkdtempSync(join(tmpdir(), 'post-coach-cli-'));
afterAll(() => rmSync(where, { recursive: true, force: true }));

function runTool(script: string, args: string[], options: { stdin?: string; closeAfterFirstChunk?: boolean } = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(tsx, [join(root, script), ...args], {
      cwd: root,
      env: { ...process.env, INIT_CWD: where },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      // `| head -1`: the reader goes away after the first line.
      if (options.closeAfterFirstChunk) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

describe('command line, as a process', () => {
  it('resolves relative paths from where the user stands, and writes there', async () => {
    writeFileSync(join(where, 'calendar.csv'), 'Text,Network\n"Like and share!",LinkedIn\n');
    const { code, stderr } = await runTool('tools/coach-main.ts', [
      '--csv',
      'calendar.csv',
      '--out',
      'linted.json',
      '--report',
      'report.html',
    ]);
    expect(stderr).toMatch(/1 post coached/);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(join(where, 'linted.json'), 'utf8')).results).toHaveLength(1);
    expect(readFileSync(join(where, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/);
  }, 60_000);

  it('stops quietly when the reader closes the pipe (| head)', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: 'Like and share our offer!' }));
    const { code, stderr } = await runTool('tools/coach-main.ts', ['--jsonl'], {
      stdin: lines.join('\n'),
      closeAfterFirstChunk: true,
    });
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(code).toBe(0);
  }, 60_000);

  it('eval: a missing file is one clear line and exit code 2, not a stack', async () => {
    const { code, stderr } = await runTool('tools/eval.ts', ['--file', 'missing.jsonl']);
    expect(stderr.trim()).toBe(`eval: cannot read ${join(where, 'missing.jsonl')}: no such file`);
    expect(code).toBe(2);
  }, 60_000);

  it('eval: an unknown option says so without speaking of --', async () => {
    const { code, stderr } = await runTool('tools/eval.ts', ['--nope']);
    expect(stderr.split('\n')[0]).toBe('eval: unknown option --nope');
    expect(code).toBe(2);
  }, 60_000);
});
