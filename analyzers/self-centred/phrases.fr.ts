import type { PhraseGroup } from '../kit/phrase-analyzer';

export const selfCentredFr: PhraseGroup[] = [
  {
    rule: 'self-centred/brag',
    confidence: 0.6,
    patterns: [
      'fier|fiers|fiere|fieres|ravi|ravis|ravie|ravies|heureux|heureuse|heureuses|enchante|enchantes|honore|honores|honoree|content|contents|contente|fierte|plaisir|joie ~1 de|d ~2 annoncer|partager|presenter|devoiler|informer|reveler|officialiser',
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
    patterns: ['personne ne|n ~2 fait ~1 mieux'],
  },
];
