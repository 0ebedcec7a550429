import { describe, expect, it } from 'vitest';
import { analyze } from '@/analyzers';
import { bandOf } from '@/utils/score-bands';
import { countIn, subScoreText } from './ScoreGauge';

const judge = (text: string) => {
  const report = analyze(text, { platform: 'linkedin', kind: 'post', messageLang: 'en' });
  return { report, band: bandOf(report.score), severities: report.findings.map((f) => f.severity) };
};

describe('score calibration', () => {
  it('reads a decent draft with one warning as "between the two", not "empire"', () => {
    for (const text of [
      'Our new coffee blend is out today: tasting on Saturday from 10 am at the Rue Victor Hugo shop. Like if you want to try it!',
      'Check this out: https://example.com',
      'We just hit 10,000 followers! What should we write about next?',
    ]) {
      const { report, band, severities } = judge(text);
      expect(severities, text).toEqual(['warning']);
      expect(band, `${text} → ${report.score}`).not.toBe('empire');
    }
  });

  it('reads one slip with a soft hint beside it as "between the two" too (it used to say "empire")', () => {
    for (const text of [
      'Our new coffee blend is out today!!! Tasting on Saturday from 10 am at the Rue Victor Hugo shop. Like if you want to try it!',
      'New blog post is up!!! Check it out: https://example.com',
      'Thrilled to share we won the regional bakery award! Like if you love our croissants. Open Sunday 8 am to 1 pm.',
    ]) {
      const { report, band, severities } = judge(text);
      expect(severities.sort(), text).toEqual(['hint', 'warning']);
      expect(band, `${text} → ${report.score}`).toBe('mixed');
    }
  });

  it('keeps a draft with nothing wrong, or one soft hint, on the community side', () => {
    expect(judge('Galette des rois is back on Saturday: almond or apple, which one is yours?').band).toBe('community');
    const hinted = judge('Big news today!!! Our spring workshops open for booking, three evenings for freelancers.');
    expect(hinted.severities).toEqual(['hint']);
    expect(hinted.band).toBe('community');
  });

  it('still calls a post that begs, brags and teases "about you"', () => {
    const { band, severities } = judge(
      'Like and share! Tag a friend who needs this. Follow us for more. We just hit 10,000 followers!!! Check the link in bio.',
    );
    expect(severities.filter((s) => s === 'warning').length).toBeGreaterThanOrEqual(3);
    expect(band).toBe('empire');
  });
});

describe('sub-scores in words', () => {
  it('count a merged house-rule hint in every category it stands for', () => {
    const finding = {
      category: 'house-rules',
      covers: [{ rule: 'begging/like', category: 'begging', severity: 'warning' }],
    };
    expect(countIn([finding] as never, 'begging')).toBe(1);
    expect(countIn([finding] as never, 'self-centred')).toBe(0);
  });

  it('name what is wrong with a count, and tick what is right', () => {
    expect(subScoreText('missing-value', 0)).toBe('Gives the reader something ✓');
    expect(subScoreText('missing-value', 1)).toBe('1 empty or promotional passage');
    expect(subScoreText('self-centred', 3)).toBe('3 passages about you, not the reader');
  });
});
