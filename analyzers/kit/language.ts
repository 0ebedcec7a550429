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
const ENGLISH_ENDINGS = /(?:ing|ly|ed)$/;
const FRENCH_ENDINGS = /(?:ez|eux|euse|ait|aient|ons|ees|tion)$/;

export interface LanguageGuess {
  lang: Lang;
  /** 0 (a coin toss) to 1 (certain). */
  confidence: number;
}

export function detectLanguage(original: string, tokens: readonly Token[], fallback: Lang = 'en'): LanguageGuess {
  let fr = 0;
  let en = 0;
  // A long draft is judged on its start: enough evidence, bounded cost.
  const limit = Math.min(tokens.length, 400);
  for (let i = 0; i < limit; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const w = t.text;
    fr += FR.get(w) ?? 0;
    en += EN.get(w) ?? 0;
    if (w.length > 4) {
      if (ENGLISH_ENDINGS.test(w)) en += 0.5;
      else if (FRENCH_ENDINGS.test(w)) fr += 0.5;
    }
    // "week-end" is the French spelling; English writes "weekend".
    if (w === 'end' && t.glued && tokens[i - 1]?.text === 'week') fr += 3;
    // French elision: l'info, j'ai, n'hésitez, qu'il.
    if (t.glued && i > 0 && tokens[i - 1]!.text.length === 1 && 'ljndcsmt'.includes(tokens[i - 1]!.text)) fr += 1;
  }
  const accents = original.slice(0, 4000).match(FRENCH_LETTERS)?.length ?? 0;
  fr += Math.min(accents, 6) * 1.5;
  const total = fr + en;
  if (total === 0) return { lang: fallback, confidence: 0 };
  const lang: Lang = fr > en ? 'fr' : en > fr ? 'en' : fallback;
  return { lang, confidence: Math.round((Math.abs(fr - en) / total) * 100) / 100 };
}
