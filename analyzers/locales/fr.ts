import type { Catalogue } from './types';

export const fr: Catalogue = {
  rules: {
    'begging/like': {
      message: 'Demande de likes ou de réactions',
      why: 'Un like réclamé ne dit rien de l\u2019utilité du post. Les gens sentent quand une page cherche les applaudissements plutôt que l\u2019échange, et la confiance baisse.',
      suggestions: [
        'Supprimez la demande et terminez sur quelque chose qui mérite une réaction : un conseil, un résultat, une question.',
        'Demandez plutôt un avis : « Qu\u2019est-ce que vous ajouteriez ? »',
      ],
    },
    'begging/share': {
      message: 'Demande de partage',
      why: 'Un bon post circule parce qu\u2019il est utile, pas parce qu\u2019il le demande. Réclamer des partages met en avant votre audience plutôt que vos lecteurs.',
      suggestions: [
        'Rendez-le digne d\u2019être transmis : ajoutez le fait ou l\u2019astuce qu\u2019on enverrait à un ami ou à un collègue.',
        'S\u2019il aide quelqu\u2019un en particulier, dites qui : « Utile si vous tenez une boutique, une association ou une équipe. »',
      ],
    },
    'begging/follow': {
      message: 'Demande d\u2019abonnement',
      why: 'Les abonnés obtenus en les demandant restent rarement. On suit une page qui apporte quelque chose à chaque fois ; la demande n\u2019ajoute rien au post.',
      suggestions: [
        'Montrez ce qu\u2019on y gagne : « Chaque vendredi : le programme du week-end et une astuce. »',
        'Retirez la demande : ce que vous publiez donnera envie de revenir.',
      ],
    },
    'begging/tag': {
      message: 'Demande d\u2019identifier des amis',
      why: 'Demander d\u2019identifier des amis transforme les lecteurs en canal de diffusion. Les amis identifiés pour la portée, et non pour le sujet, finissent par ignorer la page.',
      suggestions: [
        'Si le post aide vraiment quelqu\u2019un, faites confiance aux lecteurs pour le transmettre.',
        'Invitez une vraie contribution : « Qui vous a appris ça ? Racontez-nous. »',
      ],
    },
    'begging/reaction-vote': {
      message: 'Vote par réaction',
      why: 'Les votes par émoji servent à gonfler les réactions. Ils mesurent des clics, pas des avis, et les plateformes les rendent moins visibles.',
      suggestions: [
        'Posez la question et demandez pourquoi : « Lequel, et pour quelle raison ? »',
        'Utilisez le sondage de la plateforme si vous avez vraiment besoin d\u2019un décompte.',
      ],
    },
    'begging/empty-comment': {
      message: 'Demande de commentaire sans contenu',
      why: '« Tapez 1 » ou « commentez OUI » remplit le fil de bruit. Les commentaires valent quelque chose quand les gens disent quelque chose.',
      suggestions: [
        'Posez une question sur le sujet du post, à laquelle on répond par son expérience : « Laquelle choisiriez-vous, et pourquoi ? »',
        'Invitez une contribution précise : « Dites-nous ce que vous changeriez, et pourquoi. »',
      ],
    },
    'begging/reach': {
      message: 'Appel à faire grimper les chiffres',
      why: 'Votre objectif d\u2019abonnés est le vôtre, pas celui des lecteurs. Leur demander de vous aider à l\u2019atteindre place la vanité de la page avant la communauté.',
      suggestions: [
        'Parlez de ce que la communauté y gagne, pas du chiffre visé.',
        'Remerciez ceux qui sont déjà là avec quelque chose d\u2019utile.',
      ],
    },
    'begging/hashtag': {
      message: 'Hashtag d\u2019échange de likes ou d\u2019abonnements',
      why: 'Ces hashtags attirent des comptes qui ne vous liront jamais. Ils montrent que les chiffres comptent plus que les personnes.',
      suggestions: ['Gardez un ou deux hashtags qui décrivent le sujet, comme #boulangerie ou #bénévolat.'],
    },
    'begging/contest': {
      message: 'Concours dont la participation est un like, un partage ou un abonnement',
      why: 'Ces concours achètent des chiffres vides, et la plupart des plateformes les encadrent. Les gens qu\u2019ils attirent repartent avec le lot.',
      suggestions: [
        'Faites participer par une vraie contribution : une photo, une astuce, une histoire avec le produit.',
        'Récompensez vos contributeurs réguliers plutôt que les clics.',
      ],
    },
    'begging/cross-promo': {
      message: 'Renvoi vers vos autres pages',
      why: 'Inviter à vous rejoindre ailleurs n\u2019apporte rien ici. Chaque communauté mérite un contenu à elle, pas un panneau indicateur.',
      suggestions: [
        'Partagez ici ce qui rend l\u2019autre espace intéressant, par exemple l\u2019astuce publiée là-bas.',
        'Dites ce que seule cette page offre, et à qui elle s\u2019adresse.',
      ],
    },
    'begging/whole-post': {
      message: 'Dans l\u2019ensemble, le post cherche à récolter des réactions ({evidence})',
      why: 'Un post fait pour récolter des likes, des commentaires ou des partages, quelle que soit sa formule, demande à la communauté de travailler pour vos chiffres. On réagit à ce qui aide ou touche, pas à ce qui le réclame.',
      suggestions: [
        'Gardez le sujet et posez une question à laquelle on peut vraiment répondre : ce qu\u2019on choisirait, et pourquoi.',
        'Donnez la chose elle-même (l\u2019astuce, la nouvelle, l\u2019histoire de la photo) et laissez venir les réactions.',
      ],
    },
    'self-centred/brag': {
      message: 'Autocongratulation',
      why: 'Les lecteurs veulent savoir ce que la nouvelle change pour eux. La fierté et les superlatifs parlent de vous ; la communauté entend une publicité.',
      suggestions: [
        'Commencez par ce que ça change pour le lecteur (« Pain frais dès 7 h, désormais aussi le dimanche ») ; pour un nouveau poste, dites sur quoi vous allez travailler et pour qui.',
        'Citez les personnes qui l\u2019ont rendu possible et ce qu\u2019elles ont appris.',
      ],
    },
    'self-centred/vanity-metric': {
      message: 'Célébration d\u2019un nombre d\u2019abonnés ou de likes',
      why: 'Le nombre d\u2019abonnés est un indicateur de vanité : agréable, mais il ne dit rien de ce que vous apportez. Les lecteurs sont des personnes, pas un chiffre.',
      suggestions: [
        'Remerciez la communauté avec quelque chose pour elle : une ressource, une leçon des coulisses.',
        'Racontez ce que la communauté vous a appris, pas sa taille.',
      ],
    },
    'self-centred/self-focus': {
      message: 'Surtout centré sur l\u2019auteur : {self} mots en « je/nous » pour {reader} tournés vers le lecteur',
      why: 'Un post qui ne parle que de son auteur bâtit un empire, pas une communauté. On reste quand on voit ce qu\u2019on y gagne.',
      suggestions: [
        'Réécrivez une phrase du point de vue du lecteur : « Vous pouvez… », « Si vous… ».',
        'Ajoutez l\u2019enseignement : que doit savoir ou faire le lecteur après vous avoir lu ?',
      ],
    },
    'self-centred/whole-post': {
      message: 'Dans l\u2019ensemble, le post parle de l\u2019auteur, pas du lecteur ({evidence})',
      why: 'Vos nouvelles, vos produits, vos équipes et vos succès intéressent quand on voit ce qu\u2019on y gagne. Racontés pour eux-mêmes, ils font de la page une publicité, et de la communauté un public.',
      suggestions: [
        'Commencez par ce que ça change pour le lecteur : ce qu\u2019il peut désormais faire, apprendre, essayer ou éviter.',
        'Gardez une phrase sur vous, puis donnez le détail utile : comment, quand, où, pour qui.',
      ],
    },
    'missing-value/promo-only': {
      message: 'Uniquement de la promotion : rien d\u2019autre pour le lecteur',
      why: 'Une page qui ne fait que vendre se fait défiler. Donnez d\u2019abord (une information, un conseil, une histoire) et l\u2019offre passe mieux.',
      suggestions: [
        'Dites ce que le produit résout avec un détail concret : pour qui, ce qui change.',
        'Associez l\u2019offre à une astuce utile même sans acheter.',
      ],
    },
    'missing-value/filler': {
      message: 'Une salutation sans contenu',
      why: 'Les posts de remplissage prennent une place dans le fil sans rien donner. Publiez quand vous avez quelque chose pour les lecteurs.',
      suggestions: [
        'Gardez la salutation et ajoutez une chose : un conseil pour la semaine, une question, une nouvelle qui les concerne.',
        'Posez une vraie question : « Quel est votre programme ce week-end ? »',
      ],
    },
    'missing-value/teaser': {
      message: 'Un lien sans raison de cliquer',
      why: 'Un simple « nouvel article, allez voir » demande un clic sans dire ce qu\u2019on y gagne. Décrivez l\u2019apport et le clic suivra.',
      suggestions: [
        'Dites en une phrase ce que le lecteur va y trouver : « Notre recette de galette, avec l\u2019astuce pour une pâte bien feuilletée » ou « Les nouveaux jours de collecte des déchets, rue par rue ».',
        'Citez la phrase la plus utile de l\u2019article.',
      ],
    },
    'missing-value/cross-promo': {
      message: 'Seulement une invitation à aller ailleurs',
      why: 'Ce post n\u2019apporte rien aux lecteurs là où ils sont. Une communauté a besoin d\u2019un contenu à elle.',
      suggestions: ['Partagez ici le meilleur de ce que vous publiez là-bas, et dites pourquoi ça les concerne.'],
    },
    'missing-value/whole-post': {
      message: 'Une fois lu, le post ne laisse rien au lecteur ({evidence})',
      why: 'Un post mérite sa place dans le fil quand il apporte quelque chose : une info, une astuce, une histoire avec sa leçon, une vraie question, un événement avec ses détails. Seuls, un slogan, un teaser ou une salutation passent inaperçus, et les lecteurs prennent l\u2019habitude de passer la page.',
      suggestions: [
        'Ajoutez la chose dont le lecteur peut se servir : un détail, une date, un mode d\u2019emploi, ce que contient le lien et en quoi il aide.',
        'Si c\u2019est un salut ou un slogan, accrochez-le à du concret : une nouvelle de l\u2019équipe, une question pour eux.',
      ],
    },
    'site-rules/too-long': {
      message: '{count}/{limit} caractères : au-delà de la limite du site',
      why: 'Le site refusera le post ou le coupera là où il veut. Mieux vaut choisir soi-même ce que le lecteur verra.',
      suggestions: [
        'Gardez une idée par post et passez le reste dans un fil ou un commentaire.',
        'Coupez l’introduction : commencez par ce dont le lecteur a besoin.',
      ],
    },
    'site-rules/fold': {
      message: 'Rien avant « voir plus » ne donne envie de cliquer',
      why: 'LinkedIn n’affiche que les deux ou trois premières lignes. Si elles ne donnent aucune raison de lire la suite (une question, un fait, une promesse), la plupart des lecteurs ne la verront jamais.',
      suggestions: [
        'Ouvrez par la ligne la plus utile : le résultat, la question ou la surprise.',
        'Gardez le contexte pour après le « voir plus ».',
      ],
    },
    'site-rules/long-comment': {
      message: 'Un commentaire de {count} caractères',
      why: 'Un commentaire répond à quelqu’un. Trop long, il noie la réponse et ressemble à votre propre post dans le fil d’un autre.',
      suggestions: [
        'Répondez à la personne en deux ou trois phrases.',
        'Si vous avez plus à dire, écrivez votre propre post et faites un lien.',
      ],
    },
    'sharing/own-link-only': {
      message: 'Le seul lien renvoie vers votre propre site',
      why: 'Un post qui n’existe que pour envoyer vers votre site se lit comme une publicité. Dites ici ce qu’on y gagne, et de temps en temps, partagez aussi le bon travail de quelqu’un d’autre.',
      suggestions: [
        'Mettez l’essentiel dans le post, puis proposez le lien à qui veut en savoir plus.',
        'La prochaine fois, partagez un contenu utile d’un autre, avec une ligne sur ce qu’il apporte.',
      ],
    },
    'repetition/repeat': {
      message: 'Presque le même texte qu’un de vos brouillons {ago}',
      why: 'Ceux qui vous suivent le verront deux fois. Répéter les mêmes mots leur dit que le post est pour le fil, pas pour eux.',
      suggestions: [
        'Dites ce qui est nouveau depuis : un résultat, une question qu’on vous a posée, un changement.',
        'Gardez l’ancien post et répondez dans ses commentaires plutôt que de le republier.',
      ],
    },
    'repetition/cross-post': {
      message: 'Le même texte que votre brouillon {site} {ago}',
      why: 'Beaucoup de vos lecteurs vous suivent sur plusieurs sites : les mêmes mots partout leur disent que vous diffusez. Chaque site a ses lecteurs et ses usages.',
      suggestions: [
        'Adaptez-le : une accroche courte pour X, le pourquoi pour LinkedIn, la photo et la date pour Facebook.',
        'Publiez-le là où il a le plus sa place, et autre chose ailleurs.',
      ],
    },
    'oversharing/personal': {
      message: 'Un détail très personnel sur un profil professionnel',
      why: 'Santé, conflits familiaux, soucis d’argent : libre à vous d’en parler, mais sur un réseau professionnel ils restent liés à votre nom pendant des années, devant clients et recruteurs.',
      suggestions: [
        'Gardez l’enseignement et laissez de côté le détail privé.',
        'Partagez-le en message privé avec des personnes de confiance.',
      ],
    },
    'oversharing/political': {
      message: 'Un coup de gueule politique sur un profil professionnel',
      why: 'Un coup de gueule contre des partis ou des élus divise votre public professionnel et noie ce que vous faites. Vos opinions vous appartiennent ; ici, on vient pour votre travail.',
      suggestions: [
        'Si le sujet touche votre métier, dites calmement ce qu’il change pour vos clients ou votre secteur.',
        'Gardez le coup de gueule pour un compte personnel.',
      ],
    },
    'replies/pitch': {
      message: 'Un argumentaire de vente dans la discussion d’un autre',
      why: 'Un commentaire répond à la personne qui a écrit. Vendre sous son post, c’est prendre son public pour le vôtre, et les lecteurs passent leur chemin comme devant une publicité.',
      suggestions: [
        'Répondez à la question ou apportez quelque chose d’utile à la discussion, sans vendre.',
        'Si votre offre aide vraiment, dites-le en message privé, ou dans un post à vous.',
      ],
    },
    'formulas/hashtag-stuffing': {
      message: '{count} hashtags : plus que ce qu’on attend ici ({normal} au plus)',
      why: 'Les avalanches de hashtags sont une astuce de classement que les lecteurs repèrent, et elles noient le message. Un ou deux hashtags pertinents suffisent.',
      suggestions: [
        'Gardez le ou les deux hashtags qui décrivent le sujet.',
        'Écrivez les mots dans la phrase au lieu de les taguer.',
      ],
    },
    'formulas/shouting': {
      message: 'Les majuscules sonnent comme des cris',
      why: 'Une suite de mots en capitales se lit comme si vous haussiez le ton, et elle se lit moins bien. Une phrase courte met mieux en valeur.',
      suggestions: [
        'Écrivez en minuscules et laissez les mots porter le message.',
        'Gardez les capitales pour les sigles.',
      ],
    },
    'formulas/exclamations': {
      message: 'Une rafale de points d’exclamation',
      why: 'Plusieurs points d’exclamation annoncent l’enthousiasme au lieu de le montrer ; un seul suffit, souvent aucun.',
      suggestions: ['Un seul point d’exclamation, ou un simple point : la nouvelle suffit à donner envie.'],
    },
    'formulas/emoji-wall': {
      message: 'Un mur d’émojis',
      why: 'Une longue suite d’émojis prend la place des mots attendus, et les lecteurs d’écran les lisent tous à voix haute.',
      suggestions: [
        'Gardez un ou deux émojis qui ajoutent du sens.',
        'Dites avec des mots ce que les émojis voulaient dire.',
      ],
    },
    'oversharing/email': {
      message: 'Une adresse e-mail dans un post public',
      why: 'Tout le monde peut la copier : spam, hameçonnage, des gens que vous ne vouliez pas toucher. Un post public reste trouvable des années.',
      suggestions: [
        'Renvoyez vers un formulaire de contact ou les messages privés.',
        'Si l’adresse est faite pour être publique (celle d’une boutique), c’est bon : gardez-la.',
      ],
    },
    'oversharing/phone': {
      message: 'Un numéro de téléphone dans un post public',
      why: 'Chaque lecteur, et chaque robot, a maintenant ce numéro. Très bien pour la ligne d’une boutique ; risqué pour un numéro personnel.',
      suggestions: [
        'Invitez à vous écrire en message privé.',
        'Utilisez un numéro professionnel si l’on doit vraiment vous appeler.',
      ],
    },
    'oversharing/address': {
      message: 'Une adresse postale dans un post public',
      why: 'Une adresse dans un post public dit à des inconnus où quelqu’un habite ou sera. Donnez-la en privé à ceux qui en ont besoin.',
      suggestions: [
        'Indiquez le quartier ou le nom du lieu, et l’adresse en privé.',
        'Pour un événement, mettez plutôt le lien vers sa page.',
      ],
    },
    'oversharing/bank-details': {
      message: 'Des coordonnées bancaires dans un post public',
      why: 'Un IBAN ou un numéro de carte en public, c’est une invitation à la fraude. Même pour une cagnotte, partagez-les en privé.',
      suggestions: [
        'Retirez le numéro et proposez de l’envoyer en message privé.',
        'Pour une collecte, utilisez une page de cagnotte.',
      ],
    },
    'replies/defensive': {
      message: 'Une réponse sur la défensive',
      why: 'Dire à un client mécontent que c’est sa faute, ou le renvoyer aux conditions, clôt la discussion en public. Tous les lecteurs voient comment vous traitez ceux qui ont un problème.',
      suggestions: [
        'Reconnaissez d’abord le problème : « Ça n’aurait pas dû arriver. »',
        'Dites ce que vous allez faire et quand, puis faites-le.',
      ],
    },
    'replies/boilerplate': {
      message: 'Des excuses toutes faites, sans rien de concret',
      why: '« Désolés pour la gêne occasionnée, contactez-nous en MP » sonne comme un modèle. Être aimable ne répare pas le produit. Ce qui aide, c’est de dire ce qui sera fait et quand, et de tenir tout le monde informé.',
      suggestions: [
        'Dites ce qui s’est passé, ce que vous faites et pour quand.',
        'Répondez à la personne, par son nom, sur son vrai problème.',
      ],
    },
  },
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
    'others-content': 'Partage le travail de quelqu’un d’autre',
  },
  house: {
    why: 'Votre équipe en a convenu dans ses règles maison ({pack}) : c’est ainsi que cette communauté écrit.',
    avoid: 'Dites-le avec vos mots, comme le fait votre équipe.',
    require: 'Ajoutez l’un de ces éléments : {list}.',
    quote: '« {phrase} »',
  },
};
