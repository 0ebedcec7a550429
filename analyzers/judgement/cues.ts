/**
 * Whole-post cues: shapes a reader recognises at once and that no single
 * phrase list holds, such as "we are the best <anything> in <place>", a
 * politician's "thanks to me", a mascot speaking of its nap, a seasonal wish
 * and nothing else, a stock "please DM us". Each is a feature of the model
 * and, alone, evidence for a whole-post hint. Matched on the folded text
 * (lower case, no accents), in the draft's language, one sentence at a time.
 */
import type { Context } from '../kit/engine';
import type { Lang } from '../kit/types';

export const CUE_IDS = [
  'comment-bait',
  'count-bait',
  'self-superlative',
  'self-credit',
  'vanity-metric',
  'own-ad',
  'mascot',
  'leader-praise',
  'self-pride',
  'greeting',
  'maxim',
  'stock-reply',
  'tease',
] as const;
export type CueId = (typeof CUE_IDS)[number];

export const CUE_CATEGORY: Record<CueId, 'begging' | 'self-centred' | 'missing-value'> = {
  'comment-bait': 'begging',
  'count-bait': 'begging',
  'self-superlative': 'self-centred',
  'self-credit': 'self-centred',
  'vanity-metric': 'self-centred',
  'own-ad': 'self-centred',
  mascot: 'self-centred',
  'leader-praise': 'self-centred',
  'self-pride': 'self-centred',
  greeting: 'missing-value',
  maxim: 'missing-value',
  'stock-reply': 'missing-value',
  tease: 'missing-value',
};

export interface Cue {
  id: CueId;
  /** Span in the normalised text. */
  span: readonly [number, number];
}

type Patterns = Partial<Record<CueId, RegExp>>;

// Superlatives a writer gives themselves: the first person must be what the superlative is said of
// ("we are the best…", "our baristas are the best-trained…"); "the best way to…" is advice.
const SUPERLATIVE_EN =
  '(?:the )?(?:best|finest|greatest|hottest|coolest|tastiest|fastest[- ]growing|most (?:trusted|popular|successful|loved|awarded|recommended|sought[- ]after|beautiful|innovative|advanced|powerful|visited|downloaded|punctual)|number one|no\\.? ?1|#1|unbeatable|second to none|category[- ]defining|in a league of (?:our|my) own)';
const SUPERLATIVE_FR =
  "(?:(?:les? |la |l')?meilleure?s?|(?:le |la |les |l')?(?:[a-z-]+ )?plus (?:belle?s?|beaux|grande?s?|performante?s?|recommandee?s?|visitee?s?|frequentee?s?|telecharge(?:e|es|s)?|innovante?s?|ambitieu(?:x|ses?)|rapides?|primee?s?)|(?:les |le |la )?moins chers?|numero (?:1|un)|n° ?1|imbattables?|sans egal)";
const SELF_SUPERLATIVE: Record<Lang, RegExp> = {
  en: new RegExp(
    `\\b(?:we're|we are|we've been|we have been|i'm|i am|(?:our|my) [a-z-]+(?: [a-z-]+)? (?:is|are))(?: (?:simply|literally|officially|now|truly|clearly|easily|still|again|proud to be|the))*,? ${SUPERLATIVE_EN}\\b|\\b(?:nobody|no one)(?: else)?\\b[^.!?]{0,40}\\b(?:like us|beats us|than us|like we do)\\b`,
  ),
  fr: new RegExp(
    `\\b(?:nous sommes|on est|je suis|c'est nous|(?:notre|nos|mon|ma|mes) [a-z-]+(?: [a-z-]+)? (?:est|sont)|on a|nous avons)(?: (?:tout simplement|simplement|clairement|officiellement|sans conteste|toujours|encore|vraiment|devenus?|devenues?))*,? ${SUPERLATIVE_FR}\\b|\\bpersonne ne\\b[^.!?]{0,40}\\b(?:nous|nos|notre)\\b`,
  ),
};
const FIRST: Record<Lang, RegExp> = {
  en: /\b(?:we|we're|we've|our|us|i|i'm|i've|my)\b/,
  fr: /\b(?:nous|notre|nos|on|je|mon|ma|mes|moi)\b|\bj'/,
};

/** Cues that speak only for a post that is little else. */
const BARE_ONLY = new Set<CueId>(['maxim', 'greeting', 'tease']);
const BARE_WORDS = 16;
/** "Share your best tip in the comments" asks for substance (shared/ANNOTATION.md). */
const SUBSTANCE =
  /\b(?:tips?|advice|experience|story|stories|question|questions|recommendations?|ideas?|why|mistakes?|lessons?|astuces?|erreurs?|lecons?|conseils?|experiences?|histoires?|avis|idees?|recommandations?|pourquoi)\b/;
const CASE_DETAILS =
  /\b(?:claim|number|order|reference|account|postcode|numero|n°|commande|dossier|compte|identifiant|code postal)\b/;

const PATTERNS: Record<Lang, Patterns> = {
  en: {
    // A word, an emoji or a name typed below, for the count: not an answer anyone reads.
    'comment-bait':
      /\b(?:(?:comment|drop|type|say|write|leave|put)\b[^.!?]{0,30}\b(?:in the comments|below|in the replies)|sound off\b|comment your (?:answer|name|favou?rite|guess|number|sign|emoji)|drop (?:your|a) (?:star sign|name|emoji|favou?rite|number|heart|comment)|type your (?:name|answer|age)|(?:like|retweet|rt|share) (?:for|or) (?:a|an|the|you're|your|good)|(?:like|share|rt|retweet) if you (?:agree|remember|love|miss))\b/,
    'count-bait':
      /\b(?:how many (?:likes|shares|retweets|comments|hearts) (?:can|will|this|we|before|until)|can (?:we|i) get (?:\d[\d,]*|an amen|a hundred|a thousand)(?: [a-z]+)?(?: (?:likes|shares|retweets|amens?))?)\b/,
    'self-credit':
      /\b(?:thanks to (?:me|my (?:action|work|leadership|efforts))|i (?:fought for (?:it|this)|delivered|secured|won the|got (?:it|this|these|the [a-z]+) (?:done|fixed|funded|built)|kept my promise)|i'm the one who|as i promised|promises? kept|results,? not promises|i did it all myself|i've built the|i built the most)\b/,
    'vanity-metric':
      /\b\d[\d,. ]*(?:k|m)? ?(?:followers|subscribers|views|likes|fans|downloads|five[- ]star reviews|5[- ]star reviews)\b/,
    'own-ad':
      /\b(?:our|my) (?:(?:new|brand[- ]new|latest|first|very first) )*(?:ad|advert|advertisement|commercial|tv (?:spot|ad)|campaign video|billboard)s?\b/,
    mascot:
      /\b(?:(?:it's|this is|i'm) [a-z]+,? (?:the|your|our) (?:[a-z]+ )?(?:mascot|donut|cat|dog|bear|giraffe|owl|puppy)|our mascot|from [a-z]+,? our (?:mascot|giraffe|cat|dog|bear|owl))\b|\b(?:meow|woof)\b/,
    'leader-praise':
      /\bour (?:ceo|founder|co-founder|president|chairman|chairwoman|chair|leader|boss|director)\b[^.!?]{0,90}\b(?:visionary|exemplary|genius|brilliant|inspiring leadership|unmatched|legendary)\b/,
    'self-pride':
      /\b(?:proud of (?:myself|ourselves)|go (?:me|us)|humbled \(but not surprised\)|i look (?:amazing|fabulous|incredible))\b/,
    greeting:
      /^[^a-z0-9]*(?:happy (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|hump day|holidays|new year|weekend|easter|thanksgiving|halloween|mother's day|father's day|valentine's day)|merry christmas|season's greetings|have a (?:great|good|lovely|nice|wonderful|fantastic) (?:day|weekend|week|evening)|good morning|tgif)\b|\bwishes (?:you|everyone) (?:a |happy|merry|all)/,
    maxim:
      /\b(?:believe in yourself|dream big|never give up|success is(?: not)?|the only way to|stay positive|good vibes only|everything happens for a reason|life is (?:short|good|beautiful)|keep going|you got this)\b|#(?:motivation|mondaymotivation|mindset|inspiration|quoteoftheday|hustle)\b/,
    'stock-reply':
      /\b(?:(?:please )?(?:send|drop|shoot) us (?:a )?(?:dm|pm|direct message|private message|message)|(?:please )?dm us\b|reach out (?:to us|to our team)(?: via| by| through| in)? (?:dm|direct message|private message)|(?:contact|message) us (?:privately|via dm|in private)|we (?:understand|appreciate) your (?:frustration|patience|concern))/,
    tease:
      /\b(?:stay tuned|big news (?:coming|soon|on the way)|something (?:big|exciting) is coming|you won't believe|coming soon|more (?:on|about) (?:this|that) soon)\b/,
  },
  fr: {
    'comment-bait':
      /\b(?:(?:ecrivez|ecris|dites|dis|mettez|mets|laissez|laisse|tapez|tape|commentez|commente)\b[^.!?]{0,40}\ben (?:commentaires?|com|coms)\b|commentez avec|on compte les votes|reagissez\b|likez si|retweetez si|rt si)\b/,
    'count-bait': /\b(?:combien de (?:likes|j'aime|partages|rt|coeurs) (?:pour|avant)|on peut atteindre \d)/,
    'self-credit':
      /\b(?:grace a (?:moi|mon action|mon engagement|mon travail|mes efforts)|j'ai (?:obtenu|tenu (?:ma|mes) promesses?|fait (?:baisser|voter|adopter|reculer)|personnellement obtenu|remporte|decroche)|mon amendement a ete|comme je m'y etais engagee?|des resultats,? pas des promesses|promesse tenue|c'est moi qui ai)\b/,
    'vanity-metric':
      /\b\d[\d  .,]*(?: ?k| ?m)? ?(?:abonnee?s|followers|vues|likes|j'aime|fans|telechargements|avis (?:5|cinq) etoiles)\b/,
    'own-ad':
      /\b(?:notre|nos|ma|mon) (?:(?:nouveau|nouvelle|nouveaux|nouvelles|tout nouveau|toute nouvelle|premiere?) )*(?:spot|spot tv|pub|publicite|film publicitaire|clip publicitaire|campagne d'affichage|affiche)s?\b/,
    mascot:
      /\b(?:(?:c'est|ici|moi c'est) [a-z]+,? (?:l'ourson|la mascotte|le chat|la chatte|le chien|la chienne|notre mascotte|votre mascotte)|la mascotte (?:du|de la|de l')|miaou|ouaf|wouf)\b/,
    'leader-praise':
      /\b(?:notre|nos) (?:pdg|presidente?|directeur|directrice|fondateur|fondatrice|ceo|dirigeante?|patron|patronne)\b[^.!?]{0,90}\b(?:visionnaire|exemplaire|genie|intuition|leadership|inegalee?|legendaire)\b|\bsous l'impulsion de notre\b/,
    'self-pride':
      /\b(?:fier(?:e|es|s)? de (?:moi|nous)(?! pour)|bravo a nous|merci a (?:moi|nous)(?:-meme|-memes)?|on est trop fier(?:e|es|s)?|on s'aime)\b/,
    greeting:
      /^[^a-z0-9]*(?:bon(?:ne)? (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week-end|weekend|semaine|journee|soiree|fetes|annee|rentree|vacances|debut de semaine)|joyeux (?:noel|anniversaire|lundi)|joyeuses fetes|belles fetes|bonne annee|meilleurs voeux|courage,? c'est bientot)\b|\bvous souhaite (?:de |d'|un |une )?(?:tres )?(?:belles?|bonnes?|joyeux|joyeuses|excellente?s?|meilleurs)\b/,
    maxim:
      /\b(?:crois en toi|croyez en vous|le succes n'est|reve[sz]? grand|ne lache(?:z)? rien|tout est possible|l'etat d'esprit|la vie est (?:belle|courte|trop courte)|sois (?:toi-meme|positif|positive)|ose[sz]?\b[^.!?]{0,20}\breve)|#(?:motivation|mindset|inspiration|citation|citationdujour)\b/,
    'stock-reply':
      /\b(?:(?:envoyez|ecrivez|adressez)-?nous (?:un |une )?(?:dm|mp|message prive|message en prive|message)|(?:ecrire|contacter) (?:en|par) (?:mp|dm|message prive|prive)|nous (?:comprenons|entendons) votre (?:frustration|mecontentement|agacement)|nous avons bien pris note de votre (?:remarque|message|retour))\b/,
    tease:
      /\b(?:restez connectee?s|on vous racontera|vous n'allez pas (?:le )?croire|grosse annonce (?:a venir|bientot|demain|vendredi)|bientot plus d'infos|surprise a venir)\b/,
  },
};

/** Every cue of the draft, at most one per kind (its first), in the draft's language. */
export function cuesOf(ctx: Context): readonly Cue[] {
  return ctx.memo('judgement-cues', () => findCues(ctx));
}

function findCues(ctx: Context): Cue[] {
  const patterns = PATTERNS[ctx.lang];
  const text = ctx.norm.text;
  const found = new Map<CueId, Cue>();
  // Bounded: the first 40 sentences are plenty to see what a post is.
  for (const s of ctx.sentences.slice(0, 40)) {
    const sentence = text.slice(s.start, s.end);
    for (const id of CUE_IDS) {
      if (found.has(id)) continue;
      const re = id === 'self-superlative' ? SELF_SUPERLATIVE[ctx.lang] : patterns[id];
      const m = re?.exec(sentence);
      // A question asked in the same breath is what the comments are for.
      if (m && id === 'comment-bait' && (SUBSTANCE.test(sentence) || s.terminator.includes('?'))) continue;
      // A maxim, a greeting or a tease is the whole post or nothing: a longer post has more to say.
      if (m && BARE_ONLY.has(id) && ctx.wordCount > BARE_WORDS) continue;
      // "Happy Friday! Reminder: …": a greeting in front of news is a greeting, not the post.
      if (m && id === 'greeting' && ctx.wordCount - (s.endToken - s.firstToken) > 4) continue;
      // "DM us your claim number" asks for what the case needs; a stock reply asks for nothing.
      if (m && id === 'stock-reply' && CASE_DETAILS.test(text)) continue;
      // Subscribers cut off by a fire are no boast: a count is vanity when the writer celebrates their own.
      if (m && id === 'vanity-metric' && !FIRST[ctx.lang].test(sentence) && !s.terminator.includes('!')) continue;
      // A greeting counts only where the post opens with it.
      if (m && (id !== 'greeting' || m.index > 0 || s.firstToken === 0))
        found.set(id, { id, span: [s.start + m.index, s.start + m.index + m[0].length] });
    }
  }
  return [...found.values()];
}
