import type { PhraseGroup } from '../kit/phrase-analyzer';

export const selfCentredFr: PhraseGroup[] = [
  {
    rule: 'self-centred/brag',
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
    // The negation is the boast itself: "personne ne fait mieux".
    rule: 'self-centred/brag',
    confidence: 0.6,
    ignoreNegation: true,
    patterns: ['personne ne|n ~2 fait ~1 mieux', 'rien ne nous|m arrete'],
  },
];
