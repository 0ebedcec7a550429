import { defineTexts } from '../kit/define';

export const en = defineTexts({
  rules: {
    'repetition/repeat': {
      label: 'Same text again',
      message: 'Nearly the same text as one of your drafts {ago}',
      why: 'People who follow you see it twice. Repeating the same words tells them the post is for the feed, not for them.',
      suggestions: [
        'Say what is new since last time: a result, a question people asked, a change.',
        'Keep the old post and answer in its comments instead of posting it again.',
      ],
    },
    'repetition/cross-post': {
      label: 'Same text on several sites',
      message: 'The same text as your {site} draft {ago}',
      why: 'Many of your readers follow you on several sites: the same words everywhere tell them you are broadcasting. Each site has its own readers and habits.',
      suggestions: [
        'Adapt it: a short hook for X, the why for LinkedIn, the photo and the date for Facebook.',
        'Post it on the site where it fits best, and something different elsewhere.',
      ],
    },
  },
  /** The message's `{ago}`: the catalogue has no plural rules, so numbers stay with short units. */
  ago: { underAnHour: 'less than an hour ago', hours: '{n} h ago', days: '{n} d ago' },
});
