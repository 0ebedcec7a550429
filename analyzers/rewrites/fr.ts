/** French rewrites: the same shapes as English, written the French way. */
import { frenchSpacing } from '../kit/typography';
import { calm, usableTopic, type BragShape } from './text';

const BAIT_WORD =
  /(?:^|\s)(likez?|liker|partagez|partage|repartagez|commentez|commente|identifiez|identifie|taguez|tague|abonnez|abonne|tapez|tape|votez|vote|réagissez|réagis|mettez|mets)(?=\s|$)/i;
const TAIL = / +(aussi|autant que nous|comme nous|comme moi)$/i;
const DETERMINER = /^(?:le|la|l['’]|les|ce|cet|cette|ces|notre|nos|votre|vos|ton|ta|tes|mon|ma|mes)\s*/i;

/** "de" before a determiner, as French writes it: de le → du, de les → des. */
function ofThe(np: string): string {
  if (/^le\s/i.test(np)) return `du ${np.slice(3)}`;
  if (/^les\s/i.test(np)) return `des ${np.slice(4)}`;
  return `de ${np}`;
}

/**
 * The clause after "si": "vous aimez la galette" → "Quelle est votre galette préférée ?";
 * a draft that says "tu" to its readers gets "ta galette".
 */
/** The question in French typography (the writer's topic words hold no ; : ! ?, the clause ends before them). */
export function questionFromClause(clause: string): string | null {
  const question = plainQuestion(clause);
  return question && frenchSpacing(question);
}

function plainQuestion(clause: string): string | null {
  const all = calm(clause).replace(TAIL, '').trim();
  const subject = /^(vous|tu) +(.*)$/i.exec(all);
  const tu = subject?.[1]!.toLowerCase() === 'tu';
  const words = subject ? subject[2]! : all;
  if (!usableTopic(words) || BAIT_WORD.test(words)) return null;
  const agree = /^(?:êtes|es) +d['’]accord\b *(.*)$/i.exec(words);
  if (agree) {
    const rest = agree[1]!.trim();
    if (!rest)
      return tu ? 'Tu es d’accord ? Qu’est-ce que tu ajouterais ?' : 'Êtes-vous d’accord ? Qu’ajouteriez-vous ?';
    return /^avec\s/i.test(rest) ? `${tu ? 'Tu es d’accord' : 'Êtes-vous d’accord'} ${rest} ? Pourquoi ?` : null;
  }
  const love = /^(?:aimez|adorez|aimes|adores|avez aimé|as aimé) +(.*)$/i.exec(words);
  if (love) {
    const np = love[1]!.trim();
    if (/^(?:ça|cela|ceci)$/i.test(np))
      return tu ? 'Qu’est-ce qui te plaît le plus ?' : 'Qu’est-ce qui vous plaît le plus ?';
    if (!DETERMINER.test(np)) return null;
    // "la galette" → "votre galette préférée": only a single noun after le/la, whose gender the article gives.
    const single = /^(le|la)\s+([\p{L}-]+)$/iu.exec(np);
    if (single && !/^[aeiouyéèêâîôûh]/i.test(single[2]!)) {
      const fem = single[1]!.toLowerCase() === 'la';
      const your = tu ? (fem ? 'ta' : 'ton') : 'votre';
      return `${fem ? 'Quelle' : 'Quel'} est ${your} ${single[2]} ${fem ? 'préférée' : 'préféré'} ?`;
    }
    return tu ? `Qu’est-ce que tu aimes le plus dans ${np} ?` : `Qu’est-ce que vous aimez le plus dans ${np} ?`;
  }
  if (subject) return null;
  // "si l'été vous manque" → "Qu'est-ce qui vous manque le plus de l'été ?"
  const miss = /^(.+?) +(vous|te) +manque(?:nt)?$/i.exec(words);
  if (miss && DETERMINER.test(miss[1]!))
    return `Qu’est-ce qui ${miss[2]!.toLowerCase()} manque le plus ${ofThe(miss[1]!)} ?`;
  return null;
}

/** "si vous …", "si tu …", and "si l'été vous manque". */
export const BAIT_CLAUSE = /(?:^|\s)si\s/i;
export const BAIT_LEAD = /^(?:(?:allez|alors|et|svp|s'il vous plaît|s’il vous plaît|vite)\b[\s,!]*)*$/i;

/** "Nous sommes si fiers de vous annoncer que …", in order; the news follows. */
export const BRAG: BragShape = {
  subjects: [
    ['nous', 'sommes'],
    ['je', 'suis'],
    ['on', 'est'],
  ],
  intensifiers: ['si', 'très', 'tellement', 'trop', 'vraiment', 'super', 'hyper'],
  feelings: [
    'fier',
    'fiers',
    'fière',
    'fières',
    'heureux',
    'heureuse',
    'heureuses',
    'ravi',
    'ravis',
    'ravie',
    'ravies',
    'content',
    'contents',
    'contente',
    'contentes',
    'enchanté',
    'enchantés',
    'enchantée',
    'enchantées',
  ],
  and: 'et',
  of: [['de'], ["d'"]],
  verbs: [
    ['annoncer'],
    ['présenter'],
    ['partager'],
    ['dévoiler'],
    ['faire', 'découvrir'],
    ['faire', 'part', 'de'],
    ['faire', 'part', "d'"],
  ],
  you: [['vous']],
  that: [['que'], ["qu'"]],
};

export const READER_SLOT = '[Ce que ça apporte à vos lecteurs]';

export const TEASER_SLOT = frenchSpacing('[en une phrase : ce que le lecteur va y apprendre ou y trouver]');
/** Between the writer's words and a slot. */
export const SEP = frenchSpacing(' : ');
export const TEASER_CALLS: RegExp[] = [
  /\ballez +(?:voir|lire|regarder|écouter|jeter +un +(?:œil|oeil))(?: +(?:ici|par +ici|vite))?/gi,
  /(?:^| )à +(?:découvrir|lire|voir|regarder)(?: +(?:ici|vite|sans +attendre))?/gi,
  /\bdécouvrez[- ](?:le|la|les)\b(?: +ici)?/gi,
  /\bcliquez +(?:ici|sur +le +lien)\b/gi,
  /\bc['’]est +par +ici\b/gi,
  /\bne +(?:le|la|les) +ratez +pas\b/gi,
];
export const LINK_POINTER = /\blien +(?:en|dans +(?:la|les|ma|notre)) +(?:bio|commentaires?|description|profil)\b/i;

export const GREETING =
  /^(?:(?:[Bb]onjour|[Bb]onsoir|[Ss]alut|[Cc]oucou|[Cc]her|[Cc]hère)\s+\p{Lu}[\p{L}'’-]*|@[\p{L}\p{N}_.]+)\s*[,!]?\s*/u;
export function apology(greeting: string | null): string {
  const rest = frenchSpacing(
    'pour [ce qui n’a pas marché]. Nous [ce que nous faisons pour le régler] et nous revenons vers vous ici d’ici le [date].',
  );
  return `${greeting ? `${greeting}, désolés` : 'Désolés'} ${rest}`;
}
