import { defineTexts } from '../kit/define';

export const fr = defineTexts({
  rules: {
    'oversharing/personal': {
      label: 'Détails très personnels (LinkedIn)',
      message: 'Un détail très personnel sur un profil professionnel',
      why: 'Santé, conflits familiaux, soucis d’argent : libre à vous d’en parler, mais sur un réseau professionnel ils restent liés à votre nom pendant des années, devant clients et recruteurs.',
      suggestions: [
        'Gardez l’enseignement et laissez de côté le détail privé.',
        'Partagez-le en message privé avec des personnes de confiance.',
      ],
      phrases: [
        {
          confidence: 0.5,
          patterns: [
            'mon|ma|notre ~1 divorce|fausse_couche|chimio|chimiotherapie|faillite|dettes|surendettement|rechute|biopsie|tumeur',
            'on m a|j ai ete ~1 diagnostique|diagnostiquee',
            'mon|ma ~1 psy|psychiatre|therapeute|antidepresseurs|traitement|diagnostic',
            'mon|ma ~1 ex|ex_femme|ex_mari ~4 trompe|trompee|avocat|tribunal|garde',
          ],
        },
      ],
    },
    'oversharing/political': {
      label: 'Coups de gueule politiques (LinkedIn)',
      message: 'Un coup de gueule politique sur un profil professionnel',
      why: 'Un coup de gueule contre des partis ou des élus divise votre public professionnel et noie ce que vous faites. Vos opinions vous appartiennent ; ici, on vient pour votre travail.',
      suggestions: [
        'Si le sujet touche votre métier, dites calmement ce qu’il change pour vos clients ou votre secteur.',
        'Gardez le coup de gueule pour un compte personnel.',
      ],
      phrases: [
        {
          confidence: 0.5,
          patterns: [
            'ce|le|les|nos|la|cette|ces ~1 gouvernement|president|politiques|politiciens|elus|gauchistes|fachos|wokistes|macronistes|ministres ~4 incompetents|corrompus|honteux|clowns|traitres|detruisent|ruinent|nuls|voleurs|menteurs|escrocs',
            'honte a|au|aux ~1 gouvernement|president|ministre|ministres|elus|politiques',
            'a bas ~1 le|la|les ~1 gouvernement|president|ministre|elus',
            'reveillez vous ~1 les ~1 moutons',
          ],
        },
      ],
    },
    'oversharing/email': {
      label: 'Adresse e-mail',
      message: 'Une adresse e-mail dans un post public',
      why: 'Tout le monde peut la copier : spam, hameçonnage, des gens que vous ne vouliez pas toucher. Un post public reste trouvable des années.',
      suggestions: [
        'Renvoyez vers un formulaire de contact ou les messages privés.',
        'Si l’adresse est faite pour être publique (celle d’une boutique), c’est bon : gardez-la.',
      ],
    },
    'oversharing/phone': {
      label: 'Numéro de téléphone',
      message: 'Un numéro de téléphone dans un post public',
      why: 'Chaque lecteur, et chaque robot, a maintenant ce numéro. Très bien pour la ligne d’une boutique ; risqué pour un numéro personnel.',
      suggestions: [
        'Invitez à vous écrire en message privé.',
        'Utilisez un numéro professionnel si l’on doit vraiment vous appeler.',
      ],
    },
    'oversharing/address': {
      label: 'Adresse postale',
      message: 'Une adresse postale dans un post public',
      why: 'Une adresse dans un post public dit à des inconnus où quelqu’un habite ou sera. Donnez-la en privé à ceux qui en ont besoin.',
      suggestions: [
        'Indiquez le quartier ou le nom du lieu, et l’adresse en privé.',
        'Pour un événement, mettez plutôt le lien vers sa page.',
      ],
    },
    'oversharing/bank-details': {
      label: 'Numéro bancaire ou de carte',
      message: 'Des coordonnées bancaires dans un post public',
      why: 'Un IBAN ou un numéro de carte en public, c’est une invitation à la fraude. Même pour une cagnotte, partagez-les en privé.',
      suggestions: [
        'Retirez le numéro et proposez de l’envoyer en message privé.',
        'Pour une collecte, utilisez une page de cagnotte.',
      ],
    },
  },
});
