/** French rewrites: the same shapes as English, written the French way. */
import { calm, usableTopic } from './text';

const BAIT_WORD =
  /(?:^|\s)(likez?|liker|partagez|partage|repartagez|commentez|commente|identifiez|identifie|taguez|tague|abonnez|abonne|tapez|tape|votez|vote|réagissez|réagis|mettez|mets)(?=\s|$)/i;
const TAIL = /\s+(aussi|autant que nous|comme nous|comme moi)$/i;
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
export function questionFromClause(clause: string): string | null {
  const all = calm(clause).replace(TAIL, '').trim();
  const subject = /^(vous|tu)\s+(.*)$/i.exec(all);
  const tu = subject?.[1]!.toLowerCase() === 'tu';
  const words = subject ? subject[2]! : all;
  if (!usableTopic(words) || BAIT_WORD.test(words)) return null;
  const agree = /^(?:êtes|es)\s+d['’]accord\b\s*(.*)$/i.exec(words);
  if (agree) {
    const rest = agree[1]!.trim();
    if (!rest)
      return tu ? 'Tu es d’accord ? Qu’est-ce que tu ajouterais ?' : 'Êtes-vous d’accord ? Qu’ajouteriez-vous ?';
    return /^avec\s/i.test(rest) ? `${tu ? 'Tu es d’accord' : 'Êtes-vous d’accord'} ${rest} ? Pourquoi ?` : null;
  }
  const love = /^(?:aimez|adorez|aimes|adores|avez aimé|as aimé)\s+(.*)$/i.exec(words);
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
  const miss = /^(.+?)\s+(vous|te)\s+manque(?:nt)?$/i.exec(words);
  if (miss && DETERMINER.test(miss[1]!))
    return `Qu’est-ce qui ${miss[2]!.toLowerCase()} manque le plus ${ofThe(miss[1]!)} ?`;
  return null;
}

/** "si vous …", "si tu …", and "si l'été vous manque". */
export const BAIT_CLAUSE = /(?:^|\s)si\s+(?=\S)/i;
export const BAIT_LEAD = /^(?:(?:allez|alors|et|svp|s'il vous plaît|s’il vous plaît|vite)\b[\s,!]*)*$/i;

export const BRAG_LEAD =
  /^(?:(?:nous\s+sommes|je\s+suis|on\s+est)\s+)?(?:(?:si|très|tellement|trop|vraiment|super|hyper)\s+)*(?:fiers?|fières?|heureux|heureuses?|ravis?|ravies?|contents?|contentes?|enchantés?|enchantées?)\s+(?:et\s+\w+\s+)?(?:d['’]|de\s+)(?:vous\s+)?(?:annoncer|présenter|partager|dévoiler|faire\s+découvrir|faire\s+part\s+de)\s+(?:que\s+|qu['’])?/i;

export const READER_SLOT = '[Ce que ça apporte à vos lecteurs]';

export const TEASER_SLOT = '[en une phrase : ce que le lecteur va y apprendre ou y trouver]';
export const TEASER_CALLS: RegExp[] = [
  /[,;:\-–—]?\s*\ballez\s+(?:voir|lire|regarder|écouter|jeter\s+un\s+(?:œil|oeil))(?:\s+(?:ici|par\s+ici|vite))?/gi,
  /[,;:\-–—]?\s*\bà\s+(?:découvrir|lire|voir|regarder)(?:\s+(?:ici|vite|sans\s+attendre))?/gi,
  /[,;:\-–—]?\s*\bdécouvrez[- ](?:le|la|les)\b(?:\s+ici)?/gi,
  /[,;:\-–—]?\s*\bcliquez\s+(?:ici|sur\s+le\s+lien)\b/gi,
  /[,;:\-–—]?\s*\bc['’]est\s+par\s+ici\b/gi,
  /[,;:\-–—]?\s*\bne\s+(?:le|la|les)\s+ratez\s+pas\b/gi,
];
export const LINK_POINTER = /\blien\s+(?:en|dans\s+(?:la|les|ma|notre))\s+(?:bio|commentaires?|description|profil)\b/i;

export const GREETING =
  /^(?:(?:[Bb]onjour|[Bb]onsoir|[Ss]alut|[Cc]oucou|[Cc]her|[Cc]hère)\s+\p{Lu}[\p{L}'’-]*|@[\p{L}\p{N}_.]+)\s*[,!]?\s*/u;
export function apology(greeting: string | null): string {
  return `${greeting ? `${greeting}, désolés` : 'Désolés'} pour [ce qui n’a pas marché]. Nous [ce que nous faisons pour le régler] et nous revenons vers vous ici d’ici le [date].`;
}
