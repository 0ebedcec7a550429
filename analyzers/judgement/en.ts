import { defineTexts } from '../kit/define';

export const en = defineTexts({
  rules: {
    'begging/whole-post': {
      label: 'Fishing for reactions',
      message: 'The post as a whole fishes for reactions ({evidence})',
      why: 'A post built to collect likes, comments or shares, whatever its wording, asks the community to work for your numbers. People react to what helps or moves them, not to what asks for it.',
      suggestions: [
        'Keep the topic and ask something people can really answer: what they would choose, and why.',
        'Give the reader the thing itself (the tip, the news, the photo\u2019s story) and let reactions come.',
      ],
    },
    'self-centred/whole-post': {
      label: 'About us, not them',
      message: 'The post as a whole is about the author, not the reader ({evidence})',
      why: 'Your own news, products, people and successes interest readers when they see what is in it for them. Told for their own sake, they turn the page into an advertisement, and a community into an audience.',
      suggestions: [
        'Open with what it changes for the reader: what they can now do, learn, try or avoid.',
        'Keep one line about you, then give the detail that helps: how, when, where, for whom.',
      ],
    },
    'missing-value/whole-post': {
      label: 'Nothing to take away',
      message: 'Once read, the post leaves the reader with nothing ({evidence})',
      why: 'A post earns its place in a feed by giving something: a fact, a tip, a story with its lesson, a real question, an event with its details. Slogans, teasers and greetings alone are scrolled past, and teach people to scroll past the page.',
      suggestions: [
        'Add the one thing a reader can use: a detail, a date, a how-to, what the link holds and why it helps.',
        'If it is a greeting or a slogan, attach it to something real: news from the team, a question for them.',
      ],
    },
  },
});
