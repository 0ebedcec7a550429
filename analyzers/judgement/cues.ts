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
import { computeSignals, type StrengthId } from '../signals';
import { CUE_GATES } from './cue-gates';
import { gateKey, gateOf, hashedGate, isWordCode, WordFilters, type WordGate } from './word-gate';

export const CUE_IDS = [
  'comment-bait',
  'poll',
  'count-bait',
  'self-superlative',
  'scoped-superlative',
  'self-credit',
  'vanity-metric',
  'own-ad',
  'mascot',
  'leader-praise',
  'self-pride',
  'self-news',
  'diary',
  'greeting',
  'maxim',
  'stock-reply',
  'tease',
] as const;
export type CueId = (typeof CUE_IDS)[number];

export const CUE_CATEGORY: Record<CueId, 'begging' | 'self-centred' | 'missing-value'> = {
  'comment-bait': 'begging',
  poll: 'begging',
  'count-bait': 'begging',
  'self-superlative': 'self-centred',
  'scoped-superlative': 'self-centred',
  'self-credit': 'self-centred',
  'vanity-metric': 'self-centred',
  'own-ad': 'self-centred',
  mascot: 'self-centred',
  'leader-praise': 'self-centred',
  'self-pride': 'self-centred',
  'self-news': 'self-centred',
  diary: 'self-centred',
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

type Patterns = Partial<Record<CueId, readonly RegExp[]>>;

// Shapes in two parts, each a small expression proved linear (tests/engine/redos.test.ts):
// what is found, and what must stand right before it in the sentence.
interface Paired {
  find: RegExp;
  /** Tested on the sentence up to the match, so each ends in `$`. */
  before: readonly RegExp[];
}

// Superlatives a writer gives themselves: the first person must be what the superlative is said of
// ("we are the best…", "our baristas are the best-trained…"); "the best way to…" is advice.
const PAIRED: Record<Lang, Partial<Record<CueId, readonly Paired[]>>> = {
  en: {
    'self-superlative': [
      {
        find: /(?:the )?(?:best|finest|greatest|hottest|coolest|tastiest|fastest[- ]growing|most (?:trusted|popular|successful|loved|awarded|recommended|sought[- ]after|beautiful|innovative|advanced|powerful|visited|downloaded|punctual)|number one|no\.? ?1|#1|unbeatable|second to none|category[- ]defining|in a league of (?:our|my) own)\b/g,
        before: [
          /\b(?:we're|we are|we've been|we have been|i'm|i am)(?: (?:simply|literally|officially|now|truly|clearly|easily|still|again|proud to be))?,? $/,
          /\b(?:our|my) [a-z-]+(?: [a-z-]+)? (?:is|are)(?: (?:simply|literally|officially|now|truly|clearly|easily|still|again|proud to be))?,? $/,
        ],
      },
    ],
    'vanity-metric': [
      {
        find: /\b(?:followers|subscribers|views|likes|fans|downloads|five[- ]star reviews|5[- ]star reviews)\b/g,
        before: [/\d(?: ?[km])? ?$/],
      },
    ],
    mascot: [
      {
        find: /\b(?:the|your|our) (?:mascot|donut|cat|dog|bear|giraffe|owl|puppy)\b/g,
        before: [/\b(?:it's|this is|i'm) [a-z]+,? $/],
      },
      { find: /\bour (?:mascot|giraffe|cat|dog|bear|owl)\b/g, before: [/\bfrom [a-z]+,? $/] },
    ],
  },
  fr: {
    'self-superlative': [
      {
        find: /(?:(?:les? |la |l')?meilleure?s?|(?:le |la |les |l')?plus (?:belle?s?|beaux|grande?s?|performante?s?|recommandee?s?|visitee?s?|frequentee?s?|telecharge(?:e|es|s)?|innovante?s?|ambitieu(?:x|ses?)|rapides?|primee?s?)|(?:les |le |la )?moins chers?|numero (?:1|un)|n° ?1|imbattables?|sans egal)\b/g,
        before: [
          /\b(?:nous sommes|on est|je suis|c'est nous|on a|nous avons)(?: (?:tout simplement|simplement|clairement|officiellement|sans conteste|toujours|encore|vraiment|devenus?|devenues?))?,? $/,
          /\b(?:notre|nos|mon|ma|mes) [a-z-]+(?: [a-z-]+)? (?:est|sont)(?: (?:tout simplement|simplement|clairement|officiellement|sans conteste|toujours|encore|vraiment|devenus?|devenues?))?,? $/,
        ],
      },
    ],
    'vanity-metric': [
      {
        find: /\b(?:abonnes|abonnees|followers|vues|likes|j'aime|fans|telechargements|avis (?:5|cinq) etoiles)\b/g,
        before: [/\d(?:[  ]?[km])?[  ]?$/],
      },
    ],
    mascot: [
      {
        find: /\b(?:l'ourson|la mascotte|le chat|la chatte|le chien|la chienne|notre mascotte|votre mascotte)\b/g,
        before: [/\b(?:c'est|ici|moi c'est) [a-z]+,? $/],
      },
    ],
  },
};

/** The first match of a paired shape in the sentence. */
function pairedMatch({ find, before }: Paired, sentence: string): RegExpExecArray | null {
  find.lastIndex = 0;
  for (let m = find.exec(sentence); m; m = find.exec(sentence)) {
    // The 60 characters before, never starting inside a word: `\b` must mean a real word's edge.
    let from = Math.max(0, m.index - 60);
    while (
      from > 0 &&
      from < m.index &&
      isWordCode(sentence.charCodeAt(from - 1)) &&
      isWordCode(sentence.charCodeAt(from))
    )
      from++;
    const head = sentence.slice(from, m.index);
    if (before.some((re) => re.test(head))) return m;
  }
  return null;
}

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
    'self-superlative': [/\b(?:nobody|no one)(?: else)?\b[^.!?]{0,40}\b(?:like us|beats us|than us|like we do)\b/],
    // A superlative with a territory, in a post where the writer speaks: "the finest hotel on the Amalfi coast".
    'scoped-superlative': [
      /\b(?:best|finest|greatest|top-rated|highest[- ]rated|most (?:visited|popular|awarded|loved|trusted|recommended|sought[- ]after))\b[^.!?]{0,40}\b(?:in|on|of) (?:the |this |our |all )?(?:town|city|county|region|country|state|province|world|area|coast|market|industry|neighbou?rhood|valley|island|nation)\b/,
    ],
    // A word, an emoji or a name typed below, for the count: not an answer anyone reads.
    'comment-bait': [
      /\b(?:(?:comment|drop|type|say|write|leave|put|vote)\b[^.!?]{0,30}\b(?:in the comments|below|in the replies))\b/,
      /\b(?:join us in wishing|wish (?:him|her|them) (?:a )?happy (?:birthday|anniversary))\b/,
      /\bsound off\b\b/,
      /\b(?:comment your (?:answer|name|favou?rite|guess|number|sign|emoji))\b/,
      /\b(?:drop (?:your|a) (?:star sign|name|emoji|favou?rite|number|heart|comment))\b/,
      /\b(?:type your (?:name|answer|age))\b/,
      /\b(?:(?:like|retweet|rt|share) (?:for|or) (?:a|an|the|you're|your|good))\b/,
      /\b(?:(?:like|share|rt|retweet) if you (?:agree|remember|love|miss))\b/,
    ],
    // A one-word answer asked for the comments' sake: "Who's excited?!", "Which match was YOUR favourite?"
    poll: [
      /^[^a-z0-9]*who(?:'s| is| else is)? (?:excited|ready|hyped|pumped|watching|with us|in)\b/,
      /\b(?:is|was|are|were) (?:your|ur) (?:favou?rite|fave|pick)\b/,
    ],
    'count-bait': [
      /\b(?:how many (?:likes|shares|retweets|comments|hearts) (?:can|will|this|we|before|until))\b/,
      /\bcan (?:we|i) get (?:\d[\d,]*|an amen|a hundred|a thousand)\b/,
    ],
    'self-credit': [
      /\b(?:thanks to (?:me|my (?:action|work|leadership|efforts)))\b/,
      /\bi (?:fought for (?:it|this)|delivered|secured|won the|kept my promise)\b/,
      /\bi got (?:it|this|these|the [a-z]+) (?:done|fixed|funded|built)\b/,
      /\bi'm the one who\b/,
      /\bas i promised\b/,
      /\bpromises? kept\b/,
      /\bresults,? not promises\b/,
      /\bi did it all myself\b/,
      /\bi've built the\b/,
      /\bi built the most\b/,
    ],
    'own-ad': [
      /\b(?:our|my) (?:(?:brand[- ])?new |latest |(?:very )?first )?(?:ad|advert|advertisement|commercial|tv (?:spot|ad)|campaign video|billboard)s?\b/,
    ],
    mascot: [/\bour mascot\b/, /\bmeow\b/, /\bwoof\b/],
    'leader-praise': [
      /\bour (?:ceo|founder|co-founder|president|chairman|chairwoman|chair|leader|boss|director)\b[^.!?]{0,90}\b(?:visionary|exemplary|genius|brilliant|inspiring leadership|unmatched|legendary)\b/,
    ],
    'self-pride': [
      /\b(?:proud of (?:myself|ourselves))\b/,
      /\b(?:go (?:me|us))\b/,
      /\bhumbled \(but not surprised\)\b/,
      /\b(?:i look (?:amazing|fabulous|incredible))\b/,
    ],
    // The writer's own news, opened on how they feel about it: "Excited to join…", "We're honoured to be named…".
    'self-news': [
      /^[^a-z0-9]*(?:(?:i'm|i am|we're|we are) )?(?:(?:so|super|really|very|truly|incredibly|beyond|extremely) )?(?:excited|thrilled|delighted|pleased|honou?red|humbled|overjoyed|ecstatic) (?:to (?:join|be|announce|share|see|have|welcome|receive|launch|introduce|present|step|speak|host|partner|celebrate|report)|that (?:i|we|my|our))\b/,
      /^[^a-z0-9]*(?:(?:so|super|really|very|truly) )?proud (?:of (?:my|our|the) (?:team|teams|company|people|colleagues|partners|staff)|to (?:be|join|have|welcome|receive|launch|introduce|present|support|partner|celebrate))\b/,
      /^[^a-z0-9]*it's official\b/,
    ],
    // A diary of the writer's day: where they went, whom they met, how the room felt.
    diary: [
      /^[^a-z0-9]*what an? (?:welcome|crowd|turnout|atmosphere|reception|privilege)\b/,
      /^[^a-z0-9]*(?:(?:really|so) )?(?:great|wonderful|lovely|fantastic|amazing|inspiring|fruitful|productive) (?:to be (?:at|in|back)|visit (?:to|with)|day (?:at|in|with)|evening (?:at|in|with)|(?:meeting|conversation|conversations|discussion|discussions|exchange|exchanges|time) (?:at|in|with|this|today))\b/,
      /^[^a-z0-9]*(?:back from|just landed in|just arrived in) [a-z]/,
    ],
    greeting: [
      /^[^a-z0-9]*(?:happy (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|hump day|holidays|new year|weekend|easter|thanksgiving|halloween|mother's day|father's day|valentine's day))\b/,
      /^[^a-z0-9]*merry christmas\b/,
      /^[^a-z0-9]*season's greetings\b/,
      /^[^a-z0-9]*(?:have a (?:great|good|lovely|nice|wonderful|fantastic) (?:day|weekend|week|evening))\b/,
      /^[^a-z0-9]*good morning\b/,
      /^[^a-z0-9]*tgif\b/,
      /\bwishes (?:you|everyone) (?:a |happy|merry|all)/,
    ],
    maxim: [
      /\bbelieve in yourself\b/,
      /\bdream big\b/,
      /\bnever give up\b/,
      /\bsuccess is(?: not)?\b/,
      /\bthe only way to\b/,
      /\bstay positive\b/,
      /\bgood vibes only\b/,
      /\beverything happens for a reason\b/,
      /\b(?:life is (?:short|good|beautiful))\b/,
      /\bkeep going\b/,
      /\byou got this\b/,
      /#(?:motivation|mondaymotivation|mindset|inspiration|quoteoftheday|hustle)\b/,
    ],
    'stock-reply': [
      /\b(?:(?:please )?(?:send|drop|shoot) us (?:a )?(?:dm|pm|direct message|private message|message))/,
      /\b(?:please )?dm us\b/,
      /\b(?:reach out (?:to us|to our team)(?: via| by| through| in)? (?:dm|direct message|private message))/,
      /\b(?:(?:contact|message) us (?:privately|via dm|in private))/,
      /\b(?:we (?:understand|appreciate) your (?:frustration|patience|concern))/,
    ],
    tease: [
      /\bstay tuned\b/,
      /\b(?:big news (?:coming|soon|on the way))\b/,
      /\b(?:something (?:big|exciting) is coming)\b/,
      /\byou won't believe\b/,
      /\bcoming soon\b/,
      /\b(?:more (?:on|about) (?:this|that) soon)\b/,
    ],
  },
  fr: {
    'self-superlative': [/\bpersonne ne\b[^.!?]{0,40}\b(?:nous|nos|notre)\b/],
    'scoped-superlative': [
      /\b(?:meilleure?s?|(?:le|la|les) (?:mieux|plus) (?:notee?s?|visitee?s?|recommandee?s?|primee?s?|connue?s?|populaires?))\b[^.!?]{0,40}\b(?:de|du|des|en|au) (?:la |l'|le )?(?:ville|region|province|departement|canton|pays|monde|quartier|france|belgique|quebec|cote|marche|secteur)\b/,
    ],
    'comment-bait': [
      /\b(?:(?:ecrivez|ecris|dites|dis|mettez|mets|laissez|laisse|tapez|tape|commentez|commente|souhaitez|souhaite|votez|vote|donnez|donne)\b[^.!?]{0,40}\b(?:en (?:commentaires?|com|coms)|dans les (?:commentaires|coms)|sous ce post)\b)\b/,
      /\bsouhaitez(?:-lui|-leur)? (?:un |une )?(?:joyeux|bon|bonne|belle|excellent|excellente) (?:anniversaire|fete|courage|chance|retraite)\b/,
      /\bcommentez avec\b/,
      /\bon compte les votes\b/,
      /\breagissez\b\b/,
      /\blikez si\b/,
      /\bretweetez si\b/,
      /\brt si\b/,
    ],
    poll: [
      /^[^a-z0-9]*qui (?:est|sera|sont|seront) (?:pret|prete|prets|pretes|chaud|chaude|chauds|derriere|avec nous|la)\b/,
      /\b(?:votre|ton|vos|tes) [a-z]+(?: [a-z]+)? (?:prefere|preferee|preferes|preferees|favori|favorite|favoris)\b/,
    ],
    'count-bait': [/\b(?:combien de (?:likes|j'aime|partages|rt|coeurs) (?:pour|avant))/, /\bon peut atteindre \d/],
    'self-credit': [
      /\b(?:grace a (?:moi|mon action|mon engagement|mon travail|mes efforts))\b/,
      /\b(?:j'ai (?:obtenu|tenu (?:ma|mes) promesses?|fait (?:baisser|voter|adopter|reculer)|personnellement obtenu|remporte|decroche))\b/,
      /\bmon amendement a ete\b/,
      /\bcomme je m'y etais engagee?\b/,
      /\bdes resultats,? pas des promesses\b/,
      /\bpromesse tenue\b/,
      /\bc'est moi qui ai\b/,
    ],
    'own-ad': [
      /\b(?:notre|nos|ma|mon) (?:(?:tout |toute )?nouv(?:eau|elle|eaux|elles) |premiere? )?(?:spot|spot tv|pub|publicite|film publicitaire|clip publicitaire|campagne d'affichage|affiche)s?\b/,
    ],
    mascot: [/\b(?:la mascotte (?:du|de la|de l'))\b/, /\bmiaou\b/, /\bouaf\b/, /\bwouf\b/],
    'leader-praise': [
      /\b(?:notre|nos) (?:pdg|presidente?|directeur|directrice|fondateur|fondatrice|ceo|dirigeante?|patron|patronne)\b[^.!?]{0,90}\b(?:visionnaire|exemplaire|genie|intuition|leadership|inegalee?|legendaire)\b/,
      /\bsous l'impulsion de notre\b/,
    ],
    'self-pride': [
      /\b(?:fier(?:e|es|s)? de (?:moi|nous)(?! pour))\b/,
      /\bbravo a nous\b/,
      /\b(?:merci a (?:moi|nous)(?:-meme|-memes)?)\b/,
      /\b(?:on est trop fier(?:e|es|s)?)\b/,
      /\bon s'aime\b/,
    ],
    'self-news': [
      /^[^a-z0-9]*(?:(?:je suis|nous sommes|on est) )?(?:(?:tres|tellement|super|vraiment|si) )?(?:ravie?s?|heureux|heureuses?|honoree?s?|enchantee?s?) (?:de (?:rejoindre|vous annoncer|annoncer|partager|presenter|lancer|vous presenter)|d'(?:annoncer|integrer|avoir ete (?:nommee?|elue?|choisie?|recompensee?)s?))\b/,
      /^[^a-z0-9]*c'est officiel\b/,
    ],
    diary: [
      /^[^a-z0-9]*quel(?:le)?s? (?:accueil|plaisir|joie|bonheur|honneur|ferveur|ambiance|moments?|soiree|journee|semaine|annee|saison|emotion|foule|meeting|elan|energie)\b/,
      /^[^a-z0-9]*(?:(?:tres |de )?(?:riches?|beaux|belles?|bons|bonnes?|excellente?s?|passionnante?s?|chaleureux|chaleureuses?) )?(?:echanges?|rencontres?|discussions?|moments? d'echanges?) (?:avec|ce matin|cet apres-midi|ce soir|aujourd'hui)\b/,
      /^[^a-z0-9]*de retour (?:de|d'|du|des|a|au|en)\b/,
      /^[^a-z0-9]*arrivee?s? (?:a|au|en) [a-z]/,
      /^[^a-z0-9]*c'etait [a-z-]+ ?!/,
      /^[^a-z0-9]*a vote\b/,
    ],
    greeting: [
      /^[^a-z0-9]*(?:bon(?:ne)? (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week-end|weekend|semaine|journee|soiree|fetes|annee|rentree|vacances|debut de semaine))\b/,
      /^[^a-z0-9]*(?:joyeux (?:noel|anniversaire|lundi))\b/,
      /^[^a-z0-9]*joyeuses fetes\b/,
      /^[^a-z0-9]*belles fetes\b/,
      /^[^a-z0-9]*bonne annee\b/,
      /^[^a-z0-9]*meilleurs voeux\b/,
      /^[^a-z0-9]*courage,? c'est bientot\b/,
      /\bvous souhaite (?:de |d'|un |une )?(?:tres )?(?:belles?|bonnes?|joyeux|joyeuses|excellente?s?|meilleurs)\b/,
    ],
    maxim: [
      /\bcrois en toi/,
      /\bcroyez en vous/,
      /\ble succes n'est/,
      /\breve[sz]? grand/,
      /\bne lache(?:z)? rien/,
      /\btout est possible/,
      /\bl'etat d'esprit/,
      /\b(?:la vie est (?:belle|courte|trop courte))/,
      /\b(?:sois (?:toi-meme|positif|positive))/,
      /\bose[sz]?\b[^.!?]{0,20}\breve/,
      /#(?:motivation|mindset|inspiration|citation|citationdujour)\b/,
    ],
    'stock-reply': [
      /\b(?:(?:envoyez|ecrivez|adressez)-?nous (?:un |une )?(?:dm|mp|message prive|message en prive|message))\b/,
      /\b(?:(?:ecrire|contacter) (?:en|par) (?:mp|dm|message prive|prive))\b/,
      /\b(?:nous (?:comprenons|entendons) votre (?:frustration|mecontentement|agacement))\b/,
      /\b(?:nous avons bien pris note de votre (?:remarque|message|retour))\b/,
    ],
    tease: [
      /\brestez connectee?s\b/,
      /\bon vous racontera\b/,
      /\bvous n'allez pas (?:le )?croire\b/,
      /\b(?:grosse annonce (?:a venir|bientot|demain|vendredi))\b/,
      /\bbientot plus d'infos\b/,
      /\bsurprise a venir\b/,
    ],
  },
};

/** "I am not the best writer in the world", "je ne suis pas le meilleur…": modesty, not a boast. */
const NEGATED_BEFORE = /\b(?:not|never|no|isn't|aren't|wasn't|pas|jamais|ni)\b/;

/** A poll opens on who or which, and is short: a longer question says more than "who's in?". */
const POLL_OPENER = /^[^a-z0-9]*(?:who|which|qui|quel|quelle|quels|quelles)\b/;
const POLL_WORDS = 14;
const FAVOURITE = /\b(?:favou?rite|fave|pick|preferee?s?|favori(?:te|s)?)\b/;

/** Every expression a shape is matched with, both languages: what the word gates are read from. */
export const cueExpressions = (): RegExp[] =>
  (['en', 'fr'] as const).flatMap((lang) => [
    ...Object.values(PATTERNS[lang]).flat(),
    ...Object.values(PAIRED[lang])
      .flat()
      .flatMap((p) => [p.find, ...p.before]),
  ]);

/** What a reader can use; a post holding one of these is not empty, whatever else it does. */
export const VALUE_KINDS: readonly StrengthId[] = ['tip', 'event', 'explanation', 'benefit', 'story'];

/** Whether the draft offers one of these kinds of value (signals/). */
export const offers = (ctx: Context, kinds: readonly StrengthId[]) =>
  kinds.some((id) => computeSignals(ctx).valueKinds.has(id));

/** Every cue of the draft, at most one per kind (its first), in the draft's language. */
export function cuesOf(ctx: Context): readonly Cue[] {
  return ctx.memo('judgement-cues', () => findCues(ctx));
}

/** A shape's expressions with their word gates, by language: built when a first draft is judged. */
type Gate = ReturnType<typeof hashedGate>;
interface Gated {
  id: CueId;
  patterns: { re: RegExp; gate: Gate }[];
  paired: { shape: Paired; gate: Gate }[];
}
/** Written ahead by `npm run cue-gates`; read off the source only for an expression that file lacks. */
const wordGateOf = (re: RegExp): WordGate => CUE_GATES[gateKey(re)] ?? gateOf(re);
const gateFor = (re: RegExp): Gate => hashedGate(wordGateOf(re));

/**
 * A paired shape matches only where one of its `before` parts matches in the
 * same sentence, so the sentence must also hold a word one of them needs
 * ("we", "our"…): the superlatives themselves have no word to gate on.
 */
function pairedGate({ find, before }: Paired): Gate {
  const heads = before.map(wordGateOf);
  const lead = heads.every((g) => g.length > 0) ? [[...new Set(heads.flatMap((g) => g[0]!))]] : [];
  return hashedGate([...wordGateOf(find), ...lead]);
}

/** Built when a first draft in that language is judged. */
const gated: Partial<Record<Lang, Gated[]>> = {};

function gatedShapes(lang: Lang): Gated[] {
  return (gated[lang] ??= CUE_IDS.map((id) => ({
    id,
    patterns: (PATTERNS[lang][id] ?? []).map((re) => ({ re, gate: gateFor(re) })),
    paired: (PAIRED[lang][id] ?? []).map((shape) => ({ shape, gate: pairedGate(shape) })),
  })));
}

/** How many sentences the shapes read: 1 real post in 280 has more, and the shapes are about short posts. */
const SHAPE_SENTENCES = 12;

function findCues(ctx: Context): Cue[] {
  const text = ctx.norm.text;
  const found = new Map<CueId, Cue>();
  // Bounded: a post's shape shows in its opening sentences, and a long draft pays for no more.
  const sentences = ctx.sentences.slice(0, SHAPE_SENTENCES);
  const seen = text.slice(0, sentences.at(-1)?.end ?? 0);
  // An expression runs only on the sentences that hold every word it needs (a few lookups in a
  // filter per sentence, gathered in one pass); one needing no word known in advance is first
  // tried on the whole text (only a `^` needs the sentence's own start).
  const words = new WordFilters(text, sentences);
  const inText = (re: RegExp, gate: Gate) => {
    if (gate.length) return words.passes(gate);
    re.lastIndex = 0;
    return re.source.startsWith('^') || re.test(seen);
  };
  const possible: { id: CueId; patterns: Gated['patterns']; paired: Gated['paired'] }[] = [];
  for (const shape of gatedShapes(ctx.lang)) {
    const patterns = shape.patterns.filter((p) => inText(p.re, p.gate));
    const paired = shape.paired.filter((p) => inText(p.shape.find, p.gate));
    if (patterns.length || paired.length) possible.push({ id: shape.id, patterns, paired });
  }
  for (let k = 0; possible.length && k < sentences.length; k++) {
    const s = sentences[k]!;
    let sentence: string | undefined;
    for (const { id, patterns, paired } of possible) {
      if (found.has(id)) continue;
      // Small expressions, one per shape, each proved linear (tests/engine/redos.test.ts).
      let m: RegExpExecArray | null = null;
      for (const { re, gate } of patterns) {
        if (!words.passes(gate, k)) continue;
        if ((m = re.exec((sentence ??= text.slice(s.start, s.end))))) break;
      }
      for (const { shape, gate } of m ? [] : paired) {
        if (!words.passes(gate, k)) continue;
        if ((m = pairedMatch(shape, (sentence ??= text.slice(s.start, s.end))))) break;
      }
      if (!m) continue;
      const said = sentence!;
      // A question asked in the same breath is what the comments are for.
      if (id === 'comment-bait' && (SUBSTANCE.test(said) || s.terminator.includes('?'))) continue;
      // "Workshop Saturday at 10, bring a laptop. Who's in?" asks about a real event: no poll.
      if (
        id === 'poll' &&
        (!POLL_OPENER.test(said) ||
          SUBSTANCE.test(said) ||
          offers(ctx, VALUE_KINDS) ||
          s.endToken - s.firstToken > POLL_WORDS)
      )
        continue;
      // "Quelle est votre rédactrice préférée ? Je veux apprendre des meilleurs." wants names, for a reason.
      if (id === 'poll' && FAVOURITE.test(said) && ctx.wordCount - (s.endToken - s.firstToken) > 3) continue;
      // Said of the writer's own, and the post gives nothing else: "our guide to the best cafés in town" is a guide.
      if (
        id === 'scoped-superlative' &&
        (!FIRST[ctx.lang].test(text) ||
          offers(ctx, VALUE_KINDS) ||
          computeSignals(ctx).valueKinds.has('question') ||
          NEGATED_BEFORE.test(said.slice(Math.max(0, m.index - 24), m.index)))
      )
        continue;
      // A maxim, a greeting or a tease is the whole post or nothing: a longer post has more to say.
      if (BARE_ONLY.has(id) && ctx.wordCount > BARE_WORDS) continue;
      // "Happy Friday! Reminder: …": a greeting in front of news is a greeting, not the post.
      if (id === 'greeting' && ctx.wordCount - (s.endToken - s.firstToken) > 4) continue;
      // "DM us your claim number" asks for what the case needs; a stock reply asks for nothing.
      if (id === 'stock-reply' && CASE_DETAILS.test(text)) continue;
      // Subscribers cut off by a fire are no boast: a count is vanity when the writer celebrates their own.
      if (id === 'vanity-metric' && !FIRST[ctx.lang].test(said) && !s.terminator.includes('!')) continue;
      // A greeting counts only where the post opens with it.
      if (id !== 'greeting' || m.index > 0 || s.firstToken === 0)
        found.set(id, { id, span: [s.start + m.index, s.start + m.index + m[0].length] });
    }
  }
  return [...found.values()];
}
