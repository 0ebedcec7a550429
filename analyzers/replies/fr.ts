import { defineTexts } from '../kit/define';

export const fr = defineTexts({
  rules: {
    'replies/pitch': {
      label: 'Argumentaire de vente en commentaire',
      message: 'Un argumentaire de vente dans la discussion d’un autre',
      why: 'Un commentaire répond à la personne qui a écrit. Vendre sous son post, c’est prendre son public pour le vôtre, et les lecteurs passent leur chemin comme devant une publicité.',
      suggestions: [
        'Répondez à la question ou apportez quelque chose d’utile à la discussion, sans vendre.',
        'Si votre offre aide vraiment, dites-le en message privé, ou dans un post à vous.',
      ],
      phrases: [
        {
          confidence: 0.6,
          patterns: [
            'nous|je ~1 proposons|propose|vendons|vends ~3 exactement|justement|ce|ca|cette|ces|service|services|solution|solutions|offre',
            'mp|dm|message|contactez|contacte ~2 devis|tarif|tarifs|prix|demo|promo',
            'decouvrez|essayez|testez ~1 notre|nos|mon|mes ~2 appli|application|produit|produits|service|services|outil|formation|agence|offre|boutique',
            'code promo|reduction|remise',
            'lien en|dans ~1 bio',
          ],
        },
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
      phrases: [
        // The negation is the defence itself: "not our fault".
        {
          confidence: 0.7,
          ignoreNegation: true,
          patterns: [
            'pas de ~1 notre faute',
            'pas notre faute|responsabilite|probleme',
            'nous ne sommes pas responsables|responsable',
            'vous auriez du|pu',
            'conformement a|aux ~1 nos|les ~1 cgv|conditions|cgu',
            'comme indique|precise|mentionne ~3 cgv|conditions|faq|description|site',
            'il suffisait de',
          ],
        },
      ],
    },
    'replies/boilerplate': {
      label: 'Excuse copiée-collée',
      message: 'Des excuses toutes faites, sans rien de concret',
      why: '« Désolés pour la gêne occasionnée, contactez-nous en MP » sonne comme un modèle. Être aimable ne répare pas le produit. Ce qui aide, c’est de dire ce qui sera fait et quand, et de tenir tout le monde informé.',
      suggestions: [
        'Dites ce qui s’est passé, ce que vous faites et pour quand.',
        'Répondez à la personne, par son nom, sur son vrai problème.',
      ],
      phrases: [
        {
          confidence: 0.6,
          patterns: [
            'desoles|desolee|desole|excuser|excusons ~4 gene|desagrement|desagrements|inconvenient',
            'merci pour|de ~1 votre|ton ~1 retour|message|patience|comprehension',
            'contactez|contacte|ecrivez ~1 nous|notre ~2 service|mp|message|prive|privee',
            'envoyez|envoie ~1 nous ~1 un ~1 mp|message|dm',
          ],
        },
      ],
    },
  },
});
