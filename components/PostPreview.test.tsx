// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import twitter from 'twitter-text';
import { testUi } from '@/tests/setup';
import { entryFor, fakeBackground, PINNED, renderPage } from '@/tests/ui/render';
import { PostPreview } from './PostPreview';
import { SidePanelPage } from './SidePanelPage';

const LONG_LINKEDIN =
  'Notre galette des rois revient ce week-end.\nFrangipane maison, fève en porcelaine.\nRéservez la vôtre en boutique.\nLes commandes ferment jeudi soir, et les premières fournées partent dès 7 h.';
const SENTENCE = 'Our spring workshops are open for booking this week. ';

afterEach(() => {
  cleanup();
  testUi.lang = 'en';
});

describe('post preview', () => {
  it('draws the LinkedIn fold: the first three lines above “…see more”, the rest below', () => {
    render(<PostPreview text={LONG_LINKEDIN} platform="linkedin" kind="post" />);
    expect(screen.getByTestId('above-fold').textContent).toBe(
      'Notre galette des rois revient ce week-end.\nFrangipane maison, fève en porcelaine.\nRéservez la vôtre en boutique. …see more',
    );
    expect(screen.getByTestId('below-fold').textContent).toMatch(/^Les commandes ferment jeudi soir/);
    expect(screen.getByRole('heading', { name: 'How it will look' })).toBeTruthy();
  });

  it('says a short LinkedIn post shows whole, in French with French spacing', () => {
    testUi.lang = 'fr';
    render(<PostPreview text="Bonne semaine à tous !" platform="linkedin" kind="post" />);
    expect(screen.getByTestId('linkedin-whole').textContent).toBe(
      'Le post s’affiche en entier dans le fil LinkedIn, sans «\u00a0…voir plus\u00a0».',
    );
  });

  it('shows X’s weighted count, and a numbered thread when the draft is too long', () => {
    const text = SENTENCE.repeat(14).trim();
    render(<PostPreview text={text} platform="x" kind="post" />);
    expect(screen.getByTestId('x-count').textContent).toContain(
      `X count: ${twitter.parseTweet(text).weightedLength}/280`,
    );
    const posts = screen.getAllByTestId('thread-post');
    expect(posts).toHaveLength(3);
    posts.forEach((post, i) => {
      expect(post.querySelector('.thread-label')!.textContent).toBe(`${i + 1}/3`);
      expect(Number(post.dataset.weight)).toBeLessThanOrEqual(280);
    });
    expect(screen.getByTestId('x-count').textContent).toContain('a thread of 3 posts');
  });

  it('a short X post fits in one, with no thread', () => {
    render(<PostPreview text="Fournée 🥐 à 7 h !" platform="x" kind="reply" />);
    expect(screen.getByTestId('x-count').textContent).toBe('X count: 18/280 Fits in one post.'); // the croissant weighs 2;
    expect(screen.queryByTestId('x-thread')).toBeNull();
  });

  it('shows nothing for Facebook, LinkedIn comments or an empty draft', () => {
    const { container } = render(
      <>
        <PostPreview text="Hello" platform="facebook" kind="post" />
        <PostPreview text={LONG_LINKEDIN} platform="linkedin" kind="comment" />
        <PostPreview text="  " platform="x" kind="post" />
      </>,
    );
    expect(container.innerHTML).toBe('');
  });

  it('sits in the side panel under the live report of the draft', async () => {
    fakeBackground(entryFor(SENTENCE.repeat(14).trim(), { platform: 'x' }));
    await renderPage(<SidePanelPage search={PINNED} />);
    expect((await screen.findByTestId('post-preview')).dataset.platform).toBe('x');
    expect(screen.getAllByTestId('thread-post')).toHaveLength(3);
  });
});
