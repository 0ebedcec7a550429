import { defineTexts } from '../kit/define';

export const fr = defineTexts({
  rules: {
    'sharing/own-link-only': {
      label: 'Seulement votre propre lien',
      message: 'Le seul lien renvoie vers votre propre site',
      why: 'Un post qui n’existe que pour envoyer vers votre site se lit comme une publicité. Dites ici ce qu’on y gagne, et de temps en temps, partagez aussi le bon travail de quelqu’un d’autre.',
      suggestions: [
        'Mettez l’essentiel dans le post, puis proposez le lien à qui veut en savoir plus.',
        'La prochaine fois, partagez un contenu utile d’un autre, avec une ligne sur ce qu’il apporte.',
      ],
    },
  },
  strengths: {
    'others-content': 'Partage le travail de quelqu’un d’autre',
  },
});
