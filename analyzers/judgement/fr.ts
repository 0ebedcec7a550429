import { defineTexts } from '../kit/define';

export const fr = defineTexts({
  rules: {
    'begging/whole-post': {
      label: 'Pêche aux réactions',
      message: 'Dans l\u2019ensemble, le post cherche à récolter des réactions ({evidence})',
      why: 'Un post fait pour récolter des likes, des commentaires ou des partages, quelle que soit sa formule, demande à la communauté de travailler pour vos chiffres. On réagit à ce qui aide ou touche, pas à ce qui le réclame.',
      suggestions: [
        'Gardez le sujet et posez une question à laquelle on peut vraiment répondre : ce qu\u2019on choisirait, et pourquoi.',
        'Donnez la chose elle-même (l\u2019astuce, la nouvelle, l\u2019histoire de la photo) et laissez venir les réactions.',
      ],
    },
    'self-centred/whole-post': {
      label: 'Sur nous, pas pour eux',
      message: 'Dans l\u2019ensemble, le post parle de l\u2019auteur, pas du lecteur ({evidence})',
      why: 'Vos nouvelles, vos produits, vos équipes et vos succès intéressent quand on voit ce qu\u2019on y gagne. Racontés pour eux-mêmes, ils font de la page une publicité, et de la communauté un public.',
      suggestions: [
        'Commencez par ce que ça change pour le lecteur : ce qu\u2019il peut désormais faire, apprendre, essayer ou éviter.',
        'Gardez une phrase sur vous, puis donnez le détail utile : comment, quand, où, pour qui.',
      ],
    },
    'missing-value/whole-post': {
      label: 'Rien à retenir',
      message: 'Une fois lu, le post ne laisse rien au lecteur ({evidence})',
      why: 'Un post mérite sa place dans le fil quand il apporte quelque chose : une info, une astuce, une histoire avec sa leçon, une vraie question, un événement avec ses détails. Seuls, un slogan, un teaser ou une salutation passent inaperçus, et les lecteurs prennent l\u2019habitude de passer la page.',
      suggestions: [
        'Ajoutez la chose dont le lecteur peut se servir : un détail, une date, un mode d\u2019emploi, ce que contient le lien et en quoi il aide.',
        'Si c\u2019est un salut ou un slogan, accrochez-le à du concret : une nouvelle de l\u2019équipe, une question pour eux.',
      ],
    },
  },
});
