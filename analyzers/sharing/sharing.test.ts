import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { testAnalyzer } from '../kit/test-analyzer';
import { hostOf, sharingModule } from './index';

const own = ['atelier.fr', 'lune.studio'];

testAnalyzer(sharingModule, {
  valid: [
    // No own domains set: the coach cannot tell whose site it is.
    'New on the blog: https://atelier.fr/blog/prix',
    {
      rule: 'sharing/own-link-only',
      text: 'Marta’s guide to pricing is the clearest I know: https://example.org/pricing',
      ownDomains: own,
    },
    { text: 'Our notes and Marta’s guide: https://atelier.fr/notes https://example.org/guide', ownDomains: own },
    { text: 'Le programme complet : https://atelier.fr/programme', ownDomains: own, kind: 'comment' },
    { text: 'No link at all, just a thought about pricing workshops.', ownDomains: own },
    { text: 'Notre atelier.fr/team page has moved. Merci à tous !', ownDomains: ['other.com'] },
  ],
  invalid: [
    {
      text: 'New on the blog, go read it: https://www.atelier.fr/blog/new',
      ownDomains: own,
      findings: [{ rule: 'sharing/own-link-only', excerpt: 'https://www.atelier.fr/blog/new' }],
    },
    {
      text: 'Nouvel article ! blog.atelier.fr/prix',
      ownDomains: own,
      findings: [{ rule: 'sharing/own-link-only', excerpt: 'blog.atelier.fr/prix' }],
    },
    {
      text: 'Three ways to price a workshop, with the numbers: https://lune.studio/pricing',
      ownDomains: own,
      findings: [{ rule: 'sharing/own-link-only', excerpt: 'https://lune.studio/pricing' }],
    },
  ],
});

describe('sharing', () => {
  it('takes the host of a link however it is written', () => {
    expect(hostOf('https://WWW.Atelier.fr:8080/blog?x=1#top')).toBe('atelier.fr');
    expect(hostOf('blog.atelier.fr/prix')).toBe('blog.atelier.fr');
    expect(hostOf('atelier.fr.')).toBe('atelier.fr');
  });

  it('is a warning when the post gives nothing else, a hint when it does', () => {
    const bare = analyze('Go read it: https://atelier.fr/blog/new', { platform: 'linkedin', ownDomains: own });
    expect(bare.findings.find((f) => f.rule === 'sharing/own-link-only')?.severity).toBe('warning');
    const rich = analyze(
      'Tip: price by the day, not the hour, clients compare days. Details: https://atelier.fr/prix',
      {
        platform: 'linkedin',
        ownDomains: own,
      },
    );
    expect(rich.findings.find((f) => f.rule === 'sharing/own-link-only')?.severity).toBe('hint');
  });

  it('counts a link to someone else’s work as what works', () => {
    const text = 'Marta’s guide is the clearest: https://example.org/pricing';
    const report = analyze(text, { platform: 'linkedin', ownDomains: own });
    const strength = report.strengths.find((s) => s.id === 'others-content');
    expect(strength && text.slice(strength.start, strength.end)).toBe('https://example.org/pricing');
    expect(analyze(text, { platform: 'linkedin' }).strengths.map((s) => s.id)).not.toContain('others-content');
  });
});
