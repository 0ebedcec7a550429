import { describe, expect, it, vi } from 'vitest';
import { analyze, analyzeWith, AnalyzeOptionsError, ANALYZERS, MAX_FINDINGS } from '../../analyzers';
import type { Analyzer } from '../../analyzers/kit/engine';
import { ReportSchema } from '../../analyzers/kit/schema';

describe('analyze', () => {
  it('works with only a platform and returns a valid report', () => {
    const report = analyze('Like and share if you agree!!! #likeforlike', { platform: 'x' });
    expect(ReportSchema.parse(report)).toEqual(report);
    expect(report.kind).toBe('post');
    expect(report.language).toBe('en');
    expect(report.findings.map((f) => f.rule)).toEqual([
      'begging/like',
      'begging/hashtag',
      // Bait and nothing besides: nothing for the reader either.
      'missing-value/whole-post',
      'formulas/exclamations',
    ]);
  });

  it('refuses unknown options with a clear error', () => {
    expect(() => analyze('hi', { platform: 'myspace' as never })).toThrow(AnalyzeOptionsError);
    expect(() => analyze('hi', { platform: 'x', lang: 'de' as never })).toThrow(/lang must be one of fr, en/);
    expect(() => analyze('hi', {} as never)).toThrow(/platform is required/);
  });

  it('never reads a marked mention as a phrase', () => {
    const text = 'Follow Us Studio made this video with us.';
    expect(analyze(text, { platform: 'linkedin' }).findings.map((f) => f.rule)).toContain('begging/follow');
    const marked = analyze(text, { platform: 'linkedin', marks: [{ start: 0, end: 16, kind: 'mention' }] });
    expect(marked.findings.map((f) => f.rule)).not.toContain('begging/follow');
  });

  it('treats a value that is not a string as an empty draft', () => {
    const report = analyze(undefined as unknown as string, { platform: 'linkedin' });
    expect(report.counts.characters).toBe(0);
    expect(report.findings).toEqual([]);
  });

  it('gives spans that slice to the draft as typed, through invisible characters and emoji', () => {
    const text = '🎉🎉 Li\u200bke and sh\u00adare 👉 #f4f';
    const report = analyze(text, { platform: 'x' });
    const spanned = report.findings.filter((f) => f.start !== undefined);
    expect(spanned.map((f) => text.slice(f.start, f.end))).toEqual(['Li\u200bke and sh\u00adare', '#f4f']);
  });

  it('keeps a failing analyzer from silencing the others, and records the failure', () => {
    const broken: Analyzer = {
      id: 'broken',
      category: 'begging',
      run() {
        throw new Error('boom');
      },
    };
    const report = analyzeWith([broken, ...ANALYZERS], 'Follow us for more!', { platform: 'x' });
    expect(report.errors).toEqual([{ analyzer: 'broken', message: 'boom' }]);
    expect(report.findings.map((f) => f.rule)).toContain('begging/follow');
    expect(ReportSchema.safeParse(report).success).toBe(true);
  });

  it('skips disabled rules and whole categories', () => {
    const text = 'Like and share! Proud to announce we are the best in town.';
    const all = analyze(text, { platform: 'x' }).findings.map((f) => f.rule);
    expect(all).toEqual(expect.arrayContaining(['begging/like', 'self-centred/brag']));
    const noLike = analyze(text, { platform: 'x', settings: { disabledRules: ['begging/like'] } });
    expect(noLike.findings.map((f) => f.rule)).not.toContain('begging/like');
    const noBegging = analyze(text, { platform: 'x', settings: { disabledRules: ['begging'] } });
    expect(noBegging.findings.some((f) => f.category === 'begging')).toBe(false);
    expect(noBegging.findings.some((f) => f.category === 'self-centred')).toBe(true);
  });

  it('moves thresholds with sensitivity, never the rules', () => {
    // A boast with a little reader angle is a mid-confidence hint.
    const text = 'Proud to announce our new app, made with you in mind.';
    const count = (sensitivity: 'gentle' | 'normal' | 'strict') =>
      analyze(text, { platform: 'linkedin', settings: { sensitivity } }).findings.filter(
        (f) => f.rule === 'self-centred/brag',
      ).length;
    expect(count('gentle')).toBe(0);
    expect(count('normal')).toBe(1);
    expect(count('strict')).toBe(1);
    const strict = analyze('Like and share!', { platform: 'x', settings: { sensitivity: 'strict' } });
    expect(strict.findings[0]?.severity).toBe('warning');
  });

  it('writes messages in the draft language, or in the language the user chose', () => {
    const fr = analyze('Likez la page !', { platform: 'facebook' });
    expect(fr.language).toBe('fr');
    expect(fr.findings[0]?.message).toBe('Demande de likes ou de réactions');
    const chosen = analyze('Likez la page !', { platform: 'facebook', messageLang: 'en' });
    expect(chosen.findings[0]?.message).toBe('Asking for likes or reactions');
    expect(chosen.language).toBe('fr');
  });

  it('explains the score: the reasons add up to it', () => {
    const clean = analyze('What is the hardest part of onboarding for you?', { platform: 'linkedin' });
    const bad = analyze('Like and share!!! #likeforlike Buy now!', { platform: 'linkedin' });
    expect(clean.score).toBeGreaterThan(bad.score);
    for (const report of [clean, bad]) {
      const total = 80 + report.scoreReasons.reduce((sum, r) => sum + r.delta, 0);
      expect(report.score).toBe(Math.max(0, Math.min(100, total)));
    }
    expect(bad.subScores.begging).toBeLessThan(100);
    expect(clean.strengths.map((s) => s.id)).toContain('question');
  });

  it('reads when something happens as an event, not a duration or an opening hour', () => {
    const strengths = (text: string, platform: 'x' | 'facebook' = 'x') =>
      analyze(text, { platform }).strengths.map((s) => s.id);
    for (const text of [
      'Je serai ce dimanche à 18h l’invitée de @LCI https://t.co/abc',
      'Rendez-vous à 18h sur #BFMBusiness !',
      'Live tonight at 7pm on our channel: https://example.com/live',
      'The webcast starts at 8 a.m. ET',
      'Doors open from 10:30, see you there',
      'Notre chorale cherche des ténors ! Répétitions le mardi soir, sans audition, venez chanter.',
      'The repair café is open every Saturday in the church hall.',
    ])
      expect(strengths(text), text).toContain('event');
    for (const text of [
      "J'ai couru le semi ce matin, 1 h 29 pour ma part !",
      'Poste en CDI, 35 h par semaine',
      'A 24 hour day has 1440 minutes',
      'Stop sending cold emails on Fridays: our reply rate was half of Tuesday’s.',
    ])
      expect(strengths(text, 'facebook'), text).not.toContain('event');
    // The teaser a politician posts before going on air says when: not "nothing for the reader".
    const onAir = analyze('🎙 Demain à 12h, je serai l’invitée de @BFMPolitique. https://t.co/j3Y5bwiHm1', {
      platform: 'x',
    });
    expect(onAir.findings.map((f) => f.rule)).not.toContain('missing-value/teaser');
  });

  it('caps the findings a report carries and says so', () => {
    // Facebook's limit is far: the begging findings (one per request) and at most a whole-post hint count here.
    const text = 'Like and share! '.repeat(MAX_FINDINGS + 50);
    const report = analyze(text, { platform: 'facebook' });
    expect(report.findings).toHaveLength(MAX_FINDINGS);
    expect(report.counts.findings).toBeGreaterThanOrEqual(MAX_FINDINGS + 50);
    expect(report.counts.findings).toBeLessThanOrEqual(MAX_FINDINGS + 53);
    expect(report.truncated).toBe(true);
  });

  it('warms up once: the built-in draft is analysed the first time only', async () => {
    vi.resetModules();
    const fresh = await import('../../analyzers');
    expect(fresh.warmUp()).toBe(true);
    expect(fresh.warmUp()).toBe(false);
  });

  it('counts characters, words and sentences', () => {
    const report = analyze('Hello @ana! Two sentences here. 🎉 https://x.y', { platform: 'x' });
    expect(report.counts).toMatchObject({ characters: 46, words: 5, sentences: 3 });
  });
});
