import { describe, expect, it } from 'vitest';
import { platformForUrl } from '../utils/sites';

describe('platformForUrl', () => {
  it('knows the three sites', () => {
    expect(platformForUrl('https://x.com/home', false)).toBe('x');
    expect(platformForUrl('https://twitter.com/compose/post', false)).toBe('x');
    expect(platformForUrl('https://www.linkedin.com/feed/', false)).toBe('linkedin');
    expect(platformForUrl('https://www.facebook.com/groups/1', false)).toBe('facebook');
  });

  it('ignores everything else, including look-alike hosts and plain http', () => {
    for (const url of [
      'https://evil-x.com/',
      'http://x.com/',
      'https://x.com.evil.io/',
      'https://m.facebook.com/',
      'not a url',
    ]) {
      expect(platformForUrl(url, false), url).toBeNull();
    }
  });

  it('lets local stand-ins play a site only in the test build', () => {
    expect(platformForUrl('http://localhost:5173/linkedin/feed.html', false)).toBeNull();
    expect(platformForUrl('http://localhost:5173/linkedin/feed.html', true)).toBe('linkedin');
    expect(platformForUrl('http://127.0.0.1:8080/x/home.html', true)).toBe('x');
    expect(platformForUrl('http://127.0.0.1:8080/facebook/', true)).toBe('facebook');
    expect(platformForUrl('http://localhost/other/', true)).toBeNull();
    expect(platformForUrl('https://localhost/x/', true)).toBeNull();
  });
});
