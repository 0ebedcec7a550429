/**
 * The calendar report's screenshot for the README: the Buffer example calendar
 * (tests/fixtures/calendars/buffer.csv) linted with `--report`, opened in
 * Chromium from the file. Run by `npm run screenshots`, or alone:
 * `npx tsx tools/screenshot-report.ts`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/harness';
import { runCli } from './coach';

export async function screenshotReport(out = join(process.cwd(), 'docs/screenshots')): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'post-coach-report-'));
  const file = join(dir, 'calendar.html');
  await runCli(['--csv', 'tests/fixtures/calendars/buffer.csv', '--report', file, '--lang', 'en'], {
    readInput: async (path) => readFileSync(path!, 'utf8'),
    writeFile: async (path, content) => writeFileSync(path, content),
    stdout: () => {},
    stderr: () => {},
  });
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1500 } });
    await page.goto(pathToFileURL(file).href);
    mkdirSync(out, { recursive: true });
    const shot = join(out, 'calendar-report-en.png');
    await page.screenshot({ path: shot });
    return shot;
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) console.log(`wrote ${await screenshotReport()}`);
