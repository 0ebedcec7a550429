import { describe, expect, it } from 'vitest';
import { chromiumSandbox } from './chromium';

describe('Chromium sandbox for npm start', () => {
  it('stays on for a normal user, so Chromium shows no --no-sandbox warning bar', () => {
    expect(chromiumSandbox(1000)).toBe(true);
  });
  it('is off as root, where Chromium will not start with it', () => {
    expect(chromiumSandbox(0)).toBe(false);
  });
  it('stays on where there are no user ids (Windows)', () => {
    expect(chromiumSandbox(null)).toBe(true);
  });
});
