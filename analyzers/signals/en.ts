import { defineTexts } from '../kit/define';

export const en = defineTexts({
  strengths: {
    question: 'A question to the reader',
    thanks: 'Thanks or credit to someone',
    tip: 'A concrete tip or advice',
    figure: 'A number or a fact',
    story: 'A personal story with a takeaway',
    event: 'An invitation to a real event',
    explanation: 'Explains why',
    list: 'Steps or a list',
    'reader-focus': 'Speaks to the reader',
    benefit: 'Says what the reader gets',
  },
});
