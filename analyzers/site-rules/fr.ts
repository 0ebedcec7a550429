import { defineTexts } from '../kit/define';

export const fr = defineTexts({
  rules: {
    'site-rules/too-long': {
      label: 'Au-delà de la limite du site',
      message: '{count}/{limit} caractères : au-delà de la limite du site',
      why: 'Le site refusera le post ou le coupera là où il veut. Mieux vaut choisir soi-même ce que le lecteur verra.',
      suggestions: [
        'Gardez une idée par post et passez le reste dans un fil ou un commentaire.',
        'Coupez l’introduction : commencez par ce dont le lecteur a besoin.',
      ],
    },
    'site-rules/fold': {
      label: 'Rien avant « voir plus »',
      message: 'Rien avant « voir plus » ne donne envie de cliquer',
      why: 'LinkedIn n’affiche que les deux ou trois premières lignes. Si elles ne donnent aucune raison de lire la suite (une question, un fait, une promesse), la plupart des lecteurs ne la verront jamais.',
      suggestions: [
        'Ouvrez par la ligne la plus utile : le résultat, la question ou la surprise.',
        'Gardez le contexte pour après le « voir plus ».',
      ],
    },
    'site-rules/long-comment': {
      label: 'Commentaire long',
      message: 'Un commentaire de {count} caractères',
      why: 'Un commentaire répond à quelqu’un. Trop long, il noie la réponse et ressemble à votre propre post dans le fil d’un autre.',
      suggestions: [
        'Répondez à la personne en deux ou trois phrases.',
        'Si vous avez plus à dire, écrivez votre propre post et faites un lien.',
      ],
    },
  },
});
