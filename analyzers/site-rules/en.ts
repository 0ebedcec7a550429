import { defineTexts } from '../kit/define';

export const en = defineTexts({
  rules: {
    'site-rules/too-long': {
      label: 'Over the site’s limit',
      message: "{count}/{limit} characters: over the site's limit",
      why: 'The site will refuse the post or cut it where it chooses. Better to choose yourself what the reader sees.',
      suggestions: [
        'Keep one idea per post and move the rest to a thread or a comment.',
        'Cut the introduction: start with what the reader needs.',
      ],
    },
    'site-rules/fold': {
      label: 'Nothing before “see more”',
      message: 'Nothing before “see more” makes anyone click',
      why: 'LinkedIn shows only the first two or three lines. If they give no reason to read on (a question, a fact, a promise), most readers never see the rest.',
      suggestions: [
        'Open with the most useful line: the result, the question or the surprise.',
        'Put the context after the fold, not before it.',
      ],
    },
    'site-rules/long-comment': {
      label: 'Long comment',
      message: 'A {count}-character comment',
      why: "A comment answers someone. A long one buries the answer and reads like a post of your own in someone else's thread.",
      suggestions: [
        'Answer the person in two or three sentences.',
        'If you have more to say, write your own post and link to it.',
      ],
    },
  },
});
