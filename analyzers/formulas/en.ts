import { defineTexts } from '../kit/define';

export const en = defineTexts({
  rules: {
    'formulas/hashtag-stuffing': {
      label: 'Hashtag stuffing',
      message: '{count} hashtags: more than people expect here ({normal} at most)',
      why: 'Piles of hashtags are a ranking game readers see through, and they bury the message. A couple of relevant tags do the work.',
      suggestions: [
        'Keep the one or two hashtags that describe the topic.',
        'Write the words into the sentence instead of tagging them.',
      ],
    },
    'formulas/shouting': {
      label: 'Shouting in capitals',
      message: 'Capitals read as shouting',
      why: 'A run of words in capitals reads as raising your voice, and it is harder to read. Emphasis works better with a short sentence of its own.',
      suggestions: ['Write it in normal case and let the words carry the weight.', 'Keep capitals for acronyms.'],
    },
    'formulas/exclamations': {
      label: 'Rows of exclamation marks',
      message: 'A run of exclamation marks',
      why: 'Several exclamation marks announce excitement instead of showing it; one is plenty, often none.',
      suggestions: ['Use one exclamation mark, or a full stop: the news itself carries the excitement.'],
    },
    'formulas/emoji-wall': {
      label: 'Emoji walls',
      message: 'A wall of emoji',
      why: 'A long run of emoji stands where the reader expected words, and screen readers read every one aloud.',
      suggestions: ['Keep one or two emoji that add meaning.', 'Say in words what the emoji were meant to say.'],
    },
  },
});
