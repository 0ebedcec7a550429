import { defineTexts } from '../kit/define';

export const fr = defineTexts({
  rules: {
    'replies/pitch': {
      label: 'Argumentaire de vente en commentaire',
      message: 'Un argumentaire de vente dans la discussion d’un autre',
      why: 'Un commentaire répond à la personne qui a écrit. Vendre sous son post, c’est prendre son public pour le vôtre, et les lecteurs le sautent comme une publicité.',
      suggestions: [
        'Répondez à la question ou apportez quelque chose d’utile à la discussion, sans vendre.',
        'Si votre offre aide vraiment, dites-le en message privé, ou dans un post à vous.',
      ],
    },
    'replies/defensive': {
      label: 'Réponse défensive',
      message: 'Une réponse sur la défensive',
      why: 'Dire à un client mécontent que c’est sa faute, ou le renvoyer aux conditions, clôt la discussion en public. Tous les lecteurs voient comment vous traitez ceux qui ont un problème.',
      suggestions: [
        'Reconnaissez d’abord le problème : « Ça n’aurait pas dû arriver. »',
        'Dites ce que vous allez faire et quand, puis faites-le.',
      ],
    },
    'replies/boilerplate': {
      label: 'Excuse copiée-collée',
      message: 'Des excuses toutes faites, sans rien de concret',
      why: '« Désolés pour la gêne occasionnée, contactez-nous en MP » sonne comme un modèle. Être aimable ne répare pas le produit ; dire ce qui sera fait et quand, si, et tient tout le monde informé.',
      suggestions: [
        'Dites ce qui s’est passé, ce que vous faites et pour quand.',
        'Répondez à la personne, par son nom, sur son vrai problème.',
      ],
    },
  },
});
