import { defineTexts } from '../kit/define';

export const fr = defineTexts({
  rules: {
    'self-centred/brag': {
      label: 'Vantardise',
      message: 'Autocongratulation',
      why: 'Les lecteurs veulent savoir ce que la nouvelle change pour eux. La fierté et les superlatifs parlent de vous ; la communauté entend une publicité.',
      suggestions: [
        'Commencez par ce que ça change pour le lecteur (« Pain frais dès 7 h, désormais aussi le dimanche ») ; pour un nouveau poste, dites sur quoi vous allez travailler et pour qui.',
        'Citez les personnes qui l\u2019ont rendu possible et ce qu\u2019elles ont appris.',
      ],
      phrases: [
        {
          confidence: 0.6,
          patterns: [
            'fier|fiers|fiere|fieres|ravi|ravis|ravie|ravies|heureux|heureuse|heureuses|enchante|enchantes|enchantee|enchantees|honore|honores|honoree|honorees|content|contents|contente|fierte|plaisir|joie ~1 de|d ~2 annoncer|partager|presenter|devoiler|informer|reveler|officialiser|dire|figurer|apparaitre',
            'fier|fiers|fiere|fieres ~1 de|d ~1 nous|moi|notre|nos|mon|ma|mes ~1 equipe|boite|entreprise|marque|travail|resultats|parcours|succes|reussite',
            'honore|honoree|fier|fiere|fiers|ravi|ravie|heureux|heureuse ~1 de|d ~1 etre ~3 classe|classee|nomme|nommee|elu|elue|recompense|recompensee|distingue|distinguee|parmi|reconnu|reconnue|selectionne|selectionnee',
            'elu|elue|elus|elues|nomme|nommee|classe|classee|sacre|sacree ~3 meilleur|meilleure|meilleurs|top|numero|n1|leader|plus',
            'plus influent|influente|influents|influentes|admire|admiree|innovant|innovante',
            'classe mondiale',
            '<!la|une|les|des|de|d|sa|ma|ta|ces|cette|votre|notre|leur prime|primes',
            'numero_1|n_1|n1|numero_un ~2 de|du|des|en|sur ~2 {any}',
            'officiellement ~3 numero|n1|n|meilleur|meilleure|leader|premier|premiere',
            'notre|mon|ma ~1 produit|appli|application|entreprise|equipe|agence|marque|service ~1 est ~1 le|la ~1 meilleur|meilleure|leader|reference',
            'notre|mon|ma incroyable|formidable|extraordinaire|geniale|genial|fantastique|exceptionnelle|exceptionnel ~1 marque|equipe|entreprise|produit|appli|agence',
            'ma|notre meilleure|plus_belle annee|saison',
            '#fierte|#fier|#fiers|#succes|#reussite',
            'on|nous|je ~1 est|sommes|suis ~2 meilleur|meilleurs|meilleure|meilleures|leader|leaders|numero|n1|imbattable|imbattables|incontournable|incontournables|champion|champions|top|premier|premiers|referents',
            'meilleur|meilleure|meilleurs|meilleures ~3 ville|quartier|france|marche|paris|monde|region|secteur|lyon|marseille|coin|departement|pays|galaxie',
            'numero|n ~1 1|un ~3 ville|quartier|france|marche|monde|region|secteur|pays',
            'leader|leaders ~1 du|de|sur|en ~2 marche|secteur|france|europe|monde',
            'primee|primees|laureat|laureats|laureate|laureates',
            'encore|nouveau|nouvelle ~1 un|une ~1 prix|record|trophee|recompense|distinction',
            '<!vous|votre on|nous|j|je ~1 a|avons|ai ~1 gagne|remporte|recu|decroche|rafle ~3 prix|trophee|trophees|medaille|titre|award|concours|distinction',
            'mieux que ~1 nous|personne|tout',
            'qui dit mieux',
            'on|nous ~1 a|avons ~1 cartonne|explose|ecrase|assure',
          ],
        },
        {
          confidence: 0.6,
          ignoreNegation: true,
          patterns: ['personne ne|n ~2 fait ~1 mieux', 'rien ne nous|m arrete'],
        },
      ],
    },
    'self-centred/vanity-metric': {
      label: 'Chiffres de vanité',
      message: 'Célébration d\u2019un nombre d\u2019abonnés ou de likes',
      why: 'Le nombre d\u2019abonnés est un indicateur de vanité : agréable, mais il ne dit rien de ce que vous apportez. Les lecteurs sont des personnes, pas un chiffre.',
      suggestions: [
        'Remerciez la communauté avec quelque chose pour elle : une ressource, une leçon des coulisses.',
        'Racontez ce que la communauté vous a appris, pas sa taille.',
      ],
    },
    'self-centred/self-focus': {
      label: 'Tout sur nous',
      message: 'Surtout centré sur l\u2019auteur : {self} mots en « je/nous » pour {reader} tournés vers le lecteur',
      why: 'Un post qui ne parle que de son auteur bâtit un empire, pas une communauté. On reste quand on voit ce qu\u2019on y gagne.',
      suggestions: [
        'Réécrivez une phrase du point de vue du lecteur : « Vous pouvez… », « Si vous… ».',
        'Ajoutez l\u2019enseignement : que doit savoir ou faire le lecteur après vous avoir lu ?',
      ],
    },
  },
});
