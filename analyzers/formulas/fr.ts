import { defineTexts } from '../kit/define';

export const fr = defineTexts({
  rules: {
    'formulas/hashtag-stuffing': {
      label: 'Avalanche de hashtags',
      message: '{count} hashtags : plus que ce qu’on attend ici ({normal} au plus)',
      why: 'Les avalanches de hashtags sont une astuce de classement que les lecteurs repèrent, et elles noient le message. Un ou deux hashtags pertinents suffisent.',
      suggestions: [
        'Gardez le ou les deux hashtags qui décrivent le sujet.',
        'Écrivez les mots dans la phrase au lieu de les taguer.',
      ],
    },
    'formulas/shouting': {
      label: 'Majuscules criées',
      message: 'Les majuscules sonnent comme des cris',
      why: 'Une suite de mots en capitales se lit comme si vous haussiez le ton, et elle se lit moins bien. Une phrase courte met mieux en valeur.',
      suggestions: [
        'Écrivez en minuscules et laissez les mots porter le message.',
        'Gardez les capitales pour les sigles.',
      ],
    },
    'formulas/exclamations': {
      label: 'Points d’exclamation en rafale',
      message: 'Une rafale de points d’exclamation',
      why: 'Plusieurs points d’exclamation annoncent l’enthousiasme au lieu de le montrer ; un seul suffit, souvent aucun.',
      suggestions: ['Un seul point d’exclamation, ou un simple point : la nouvelle suffit à donner envie.'],
    },
    'formulas/emoji-wall': {
      label: 'Murs d’émojis',
      message: 'Un mur d’émojis',
      why: 'Une longue suite d’émojis prend la place des mots attendus, et les lecteurs d’écran les lisent tous à voix haute.',
      suggestions: [
        'Gardez un ou deux émojis qui ajoutent du sens.',
        'Dites avec des mots ce que les émojis voulaient dire.',
      ],
    },
  },
});
