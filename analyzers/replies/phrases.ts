import type { PhraseGroup } from '../kit/phrase-analyzer';

/** Answers that put the blame back on the customer, or hide behind the rules. */
export const DEFENSIVE: PhraseGroup = {
  rule: 'replies/defensive',
  confidence: 0.7,
  // The negation is the defence itself: "not our fault".
  ignoreNegation: true,
  patterns: [
    'not our fault|problem|responsibility',
    'we_re|we_are ~1 not responsible|liable',
    'you should|could have ~1 read|checked|contacted|ordered|followed',
    'as stated|explained|mentioned|written ~1 in ~1 our|the ~1 terms|conditions|policy|faq|instructions|description',
    'please read ~2 terms|conditions|policy|faq|instructions',
    'user error',
    'pas de ~1 notre faute',
    'pas notre faute|responsabilite|probleme',
    'nous ne sommes pas responsables|responsable',
    'vous auriez du|pu',
    'conformement a|aux ~1 nos|les ~1 cgv|conditions|cgu',
    'comme indique|precise|mentionne ~3 cgv|conditions|faq|description|site',
    'il suffisait de',
  ],
};

/** The copy-paste apology: sorry, thanks for the feedback, write to us. */
export const BOILERPLATE: PhraseGroup = {
  rule: 'replies/boilerplate',
  confidence: 0.6,
  patterns: [
    'sorry|apologize|apologise|apologies ~3 inconvenience|trouble|frustration',
    'sorry to hear ~1 about ~1 that|this|your',
    'thank|thanks ~2 for ~1 your ~1 feedback|patience|understanding',
    'please|kindly ~1 dm|pm|message|contact ~1 us|our',
    'send us a ~1 dm|pm|private|direct',
    'reach out to ~1 our ~2 team|support|service',
    'desoles|desolee|desole|excuser|excusons ~4 gene|desagrement|desagrements|inconvenient',
    'merci pour|de ~1 votre|ton ~1 retour|message|patience|comprehension',
    'contactez|contacte|ecrivez ~1 nous|notre ~2 service|mp|message|prive|privee',
    'envoyez|envoie ~1 nous ~1 un ~1 mp|message|dm',
  ],
};

/** What makes an answer worth more than an apology: what will be done, and when. */
export const ACTION = [
  'we_re|we_are|we_ll|we_will|i_ll|i_will|i_m|i_am|we ~2 fix|fixing|refund|refunding|replace|replacing|send|sending|look|looking|investigate|investigating|call|calling|ship|shipping|update|updating|check|checking',
  'fixed|refunded|replaced|shipped|resolved|sent ~3 today|tomorrow|yesterday|already|now',
  'by|before|on|within|until|next ~1 monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|end|week|{number}',
  'nous|on|je ~2 corrigeons|corrige|remboursons|rembourse|remplacons|remplace|envoyons|envoie|regardons|regarde|verifions|verifie|appelons|appelle|expedions|expedie|allons|vais',
  'corrige|rembourse|remplace|expedie|envoye|resolu|regle|parti|partie|part ~3 aujourd|demain|hier|deja|maintenant',
  'd ici|avant|sous|dans|des|jusqu ~2 lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce|soir|fin|semaine|{number}',
];

/** A sales pitch dropped into someone else's thread: comments answer people, they do not sell. */
export const PITCH: PhraseGroup = {
  rule: 'replies/pitch',
  confidence: 0.6,
  patterns: [
    'we|i offer|sell|provide ~3 this|exactly|the_same|such|service|services|solution|solutions',
    'dm|pm|message|contact ~1 me|us ~1 for ~1 a ~1 quote|price|prices|pricing|demo|discount',
    'check out|try ~1 our|my ~2 app|product|products|service|services|tool|course|agency|offer|shop|store',
    'book ~1 a ~1 call|demo ~2 with ~1 me|us',
    'use ~2 code|coupon {any}',
    'promo|discount|coupon code',
    '{number} % off',
    'link in ~1 my|our ~1 bio|profile',
    'nous|je ~1 proposons|propose|vendons|vends ~3 exactement|justement|ce|ca|cette|ces|service|services|solution|solutions|offre',
    'mp|dm|message|contactez|contacte ~2 devis|tarif|tarifs|prix|demo|promo',
    'decouvrez|essayez|testez ~1 notre|nos|mon|mes ~2 appli|application|produit|produits|service|services|outil|formation|agence|offre|boutique',
    'code promo|reduction|remise',
    'lien en|dans ~1 bio',
  ],
};
