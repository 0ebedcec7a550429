import { defineTexts } from '../kit/define';

export const fr = defineTexts({
  strengths: {
    question: 'Une question au lecteur',
    thanks: 'Des remerciements ou un crédit',
    tip: 'Un conseil concret',
    figure: 'Un chiffre ou un fait',
    story: 'Une histoire personnelle avec un enseignement',
    event: 'Une invitation à un vrai événement',
    explanation: 'Explique pourquoi',
    list: 'Des étapes ou une liste',
    'reader-focus': 'S\u2019adresse au lecteur',
    benefit: 'Dit ce que le lecteur y gagne',
  },
});
