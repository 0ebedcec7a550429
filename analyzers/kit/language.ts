/**
 * French / English detection that works on a 40-character post. Trigram models
 * need far more text than a tweet, so this scores function words (weighted by
 * how unambiguous they are), French diacritics and a few endings. Franglais
 * ("on a fait un meeting avec la team") comes out French because its grammar
 * words are French.
 */
import type { Lang } from './vocabulary';
import type { Token } from './text';

// Tokens are accent-folded, so "à" is "a" and "été" is "ete". Ambiguous forms
// ("on", "a", "en", "de", "me", "if"…) get low weights or none.
const FR = new Map<string, number>();
const EN = new Map<string, number>();
function weigh(table: Map<string, number>, weight: number, words: string) {
  for (const w of words.split(' ')) table.set(w, weight);
}
weigh(
  FR,
  3,
  'les des est une pour pas que qui dans sur avec vous nous votre vos notre nos je tu il elle ils elles cette ces mais tres aux du au sont ete etre avoir fait faire merci bonjour aujourd hui semaine tous toutes tout bien alors aussi comme plus moins quand encore deja toujours jamais rien chez sans sous entre apres avant depuis leur leurs mon ma mes ton ta tes son sa ses ce cet ca ici voici voila quoi pourquoi comment combien parce puis donc car cela ceci lui eux moi toi peut peux veux vient faut vraiment demain hier soir matin nouveau nouvelle nouvelles equipe annee annees jour jours soyez etes sommes suis avons avez ont sera serait etait fois chaque beaucoup autres autre meme memes ou quel quelle quels quelles oui non rejoignez decouvrez partagez abonnez likez venez laissez dites aidez',
);
weigh(FR, 2, 'la le et un de d l j n qu c s m t y si');
weigh(
  FR,
  3,
  'bon bonne bonnes lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier avril juin juillet aout septembre octobre novembre decembre lien liens',
);
weigh(FR, 1, 'ambiance abonnement abonnes chien chat boutique equipe soiree journee a');
weigh(FR, 2, 'recrute recrutons cherche cherchons lance lancons organise organisons propose proposons ouvre ouvrons');
weigh(
  EN,
  3,
  'the and is are to of for with you your we our my this that be have has was were not but at from by they their what how why just so can will do does did don t s re ve ll about all more thanks thank today week new it its i me us them he she his her who when where which there here would could should been being get got make made one some any into out up just than then too very really our yours ours let lets check please proud announce excited happy every people year years day days tips how learn work working',
);
weigh(EN, 2, 'a an in on or as if no');
weigh(
  EN,
  3,
  'monday tuesday wednesday thursday friday saturday sunday january february april june july august september october november december link links weekend',
);

const FRENCH_LETTERS = /[éèêëàâçùûîïôœÉÈÊÀÇ]/g;

/** Both tables in one, for one lookup per token: [French, English]. */
const WEIGHTS = new Map<string, readonly [number, number]>();
for (const w of new Set([...FR.keys(), ...EN.keys()])) WEIGHTS.set(w, [FR.get(w) ?? 0, EN.get(w) ?? 0]);

/** -ing, -ly, -ed read English; -ez, -eux, -euse, -ait, -aient, -ons, -ees, -tion French. */
export function endingScore(w: string): -1 | 0 | 1 {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  const second = w.charCodeAt(n - 2);
  const third = w.charCodeAt(n - 3);
  // By the last letter first: one or two comparisons for most words.
  if (last === 103) return second === 110 && third === 105 ? 1 : 0; // -ing
  if (last === 121) return second === 108 ? 1 : 0; // -ly
  if (last === 100) return second === 101 ? 1 : 0; // -ed
  if (last === 122) return second === 101 ? -1 : 0; // -ez
  if (last === 120) return second === 117 && third === 101 ? -1 : 0; // -eux
  if (last === 101) return second === 115 && third === 117 && w.charCodeAt(n - 4) === 101 ? -1 : 0; // -euse
  if (last === 116) {
    if (second !== 105 || third !== 97) return second === 110 && third === 101 && w.endsWith('aient') ? -1 : 0; // -aient
    return -1; // -ait
  }
  if (last === 115) return (second === 110 && third === 111) || (second === 101 && third === 101) ? -1 : 0; // -ons, -ees
  if (last === 110) return second === 111 && third === 105 && w.charCodeAt(n - 4) === 116 ? -1 : 0; // -tion
  return 0;
}

export interface LanguageGuess {
  lang: Lang;
  /** 0 (a coin toss) to 1 (certain). */
  confidence: number;
}

/** French letters in the draft's first 4,000 characters, counted up to 6 (all they weigh). */
function accentsIn(original: string): number {
  if (!original) return 0;
  const head = original.slice(0, 4000);
  FRENCH_LETTERS.lastIndex = 0;
  let n = 0;
  while (n < 6 && FRENCH_LETTERS.exec(head)) n++;
  return n;
}

/** Word, ending and elision scores per token, worked out once and shared by the whole draft and its sentences. */
export class TokenLanguage {
  /** Per token: its own French and English score, and the French bonus the token before it gives. */
  private readonly fr: number[] = [];
  private readonly en: number[] = [];
  private readonly glue: number[] = [];

  constructor(private readonly tokens: readonly Token[]) {}

  private fill(upTo: number) {
    const { tokens, fr, en, glue } = this;
    for (let i = fr.length; i < upTo; i++) {
      const t = tokens[i]!;
      let f = 0;
      let e = 0;
      let g = 0;
      if (t.kind === 'word') {
        const w = t.text;
        const weights = WEIGHTS.get(w);
        if (weights) {
          f = weights[0];
          e = weights[1];
        }
        if (w.length > 4) {
          const ending = endingScore(w);
          if (ending > 0) e += 0.5;
          else if (ending < 0) f += 0.5;
        }
        // "week-end" is the French spelling; English writes "weekend".
        if (w === 'end' && t.glued && tokens[i - 1]?.text === 'week') g += 3;
        // French elision: l'info, j'ai, n'hésitez, qu'il.
        if (t.glued && i > 0 && tokens[i - 1]!.text.length === 1 && 'ljndcsmt'.includes(tokens[i - 1]!.text)) g += 1;
      }
      fr.push(f);
      en.push(e);
      glue.push(g);
    }
  }

  /**
   * The guess for tokens [first, end), read as a text of their own (the token
   * before `first` lends nothing), plus the accents of `original`.
   */
  guess(first: number, end: number, original: string, fallback: Lang): LanguageGuess {
    if (end > this.fr.length) this.fill(end);
    let fr = 0;
    let en = 0;
    for (let i = first; i < end; i++) {
      fr += this.fr[i]!;
      en += this.en[i]!;
      if (i > first) fr += this.glue[i]!;
    }
    fr += accentsIn(original) * 1.5;
    const total = fr + en;
    if (total === 0) return { lang: fallback, confidence: 0 };
    const lang: Lang = fr > en ? 'fr' : en > fr ? 'en' : fallback;
    return { lang, confidence: Math.round((Math.abs(fr - en) / total) * 100) / 100 };
  }
}

/** A long draft is judged on its start: enough evidence, bounded cost. */
export const LANGUAGE_TOKENS = 400;

export function detectLanguage(original: string, tokens: readonly Token[], fallback: Lang = 'en'): LanguageGuess {
  return new TokenLanguage(tokens).guess(0, Math.min(tokens.length, LANGUAGE_TOKENS), original, fallback);
}
