/**
 * The calendar report as a reader opens it: in Chromium, from a file, with
 * nothing else reachable. It must render its cards and charts and ask the
 * network for nothing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../tools/coach';
import { chromiumPath } from './harness';

let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'post-coach-report-'));

async function reportFor(fixture: string): Promise<string> {
  let html = '';
  const code = await runCli(['--csv', fixture, '--report', 'report.html', '--lang', 'en'], {
    readInput: async (path) => readFileSync(path!, 'utf8'),
    writeFile: async (_path, content) => {
      html = content;
    },
    stdout: () => {},
    stderr: () => {},
  });
  expect(code).toBe(0);
  const file = join(dir, `${fixture.split('/').pop()}.html`);
  writeFileSync(file, html);
  return file;
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--disable-gpu'] });
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('calendar report in Chromium', () => {
  for (const fixture of ['tests/fixtures/calendars/buffer.csv', 'tests/fixtures/calendars/hootsuite.csv']) {
    it(`renders a card per post and every chart, with no request (${fixture.split('/').pop()})`, async () => {
      const file = await reportFor(fixture);
      const page = await browser.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pathToFileURL(file).href);
      expect(await page.locator('article.card').count()).toBe(9);
      expect(await page.locator('article.card.skipped').count()).toBe(2);
      expect(await page.locator('article.card mark').count()).toBeGreaterThan(3);
      for (const chart of ['score-per-week', 'value-vs-promotion', 'begging-per-week', 'repeats', 'hashtags']) {
        const figure = page.locator(`figure[data-chart="${chart}"]`);
        await expect.poll(() => figure.locator('svg rect').count()).toBeGreaterThan(0);
        const box = await figure.locator('svg').boundingBox();
        expect(box?.width).toBeGreaterThan(100);
      }
      expect(await page.locator('[data-chart="hashtags"] text', { hasText: '#pottery' }).count()).toBe(1);
      // It prints: the print stylesheet applies and Chromium makes a PDF of it.
      await page.emulateMedia({ media: 'print' });
      expect(
        await page
          .locator('article.card')
          .first()
          .evaluate((el) => getComputedStyle(el).breakInside),
      ).toBe('avoid');
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
      expect(requests).toEqual([pathToFileURL(file).href]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
