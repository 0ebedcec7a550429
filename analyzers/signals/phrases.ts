/**
 * What gives a reader something: the value signals behind "what works" and the
 * missing-value judgement. Folded words (lowercase, no accents); apostrophes and
 * hyphens split words, so "here's" is `here s` and "j'ai" is `j ai`.
 */
import { words } from '../kit/words';
export type StrengthId =
  'question' | 'thanks' | 'tip' | 'figure' | 'story' | 'event' | 'explanation' | 'list' | 'benefit';

/**
 * Patterns per strength. A leading `fr:` or `en:` limits a pattern to drafts in
 * that language (French "car" is "because", English "car" is a car). `tip-verb`
 * patterns count only at the start of a sentence, where they are advice.
 */
export const STRENGTH_PATTERNS: Record<
  'thanks' | 'tip' | 'tip-verb' | 'invite' | 'story' | 'event' | 'explanation' | 'benefit',
  string[]
> = {
  thanks: [
    'thanks|thank|thx|kudos|shoutout|congrats|congratulations|grateful|gratitude ~3 {mention}',
    'thanks|thank ~1 to|for ~3 {any}',
    'big|huge|special thanks|thank',
    'shout out to',
    'hats off to',
    'merci|bravo|felicitations|chapeau|gratitude ~3 {mention}',
    'merci|bravo|felicitations a|aux ~3 {any}',
    'un grand|immense merci',
    'merci pour|de ~3 {any}',
    'thank you|u ~3 all|everyone|for|to',
    'credit|credits to|goes',
    'grace a ~2 {mention}',
  ],
  tip: [
    'tip|tips|hack|hacks|advice|lesson|lessons|checklist|guide|tutorial|playbook|framework|template|mistake|mistakes|pitfall|pitfalls',
    'astuce|astuces|conseil|conseils|lecon|lecons|tuto|tutoriel|methode|erreur|erreurs|piege|pieges',
    'bonnes pratiques',
    'how to|do|we|i',
    'here s how|what|why',
    'step by step',
    'make sure|certain',
    'don t forget',
    'if you want|re|need|struggle|have|are',
    'the trick|secret|key|rule is',
    'comment ~1 faire|reussir|eviter|gagner|ameliorer|creer|trouver|choisir|preparer|organiser|gerer|ecrire|apprendre|bien|mieux',
    'voici comment|pourquoi|nos|mes|les|3|4|5|trois|quatre|cinq|quelques',
    'n oubliez pas de|d ~3 {any}',
    'si vous voulez|cherchez|avez|souhaitez|debutez|etes',
    'astuce du|de la jour|semaine',
    'le secret|truc|piege',
    'la cle|clef|regle',
    'facon|maniere dont',
    'how we|i|they|she|he',
  ],
  'tip-verb': [
    'try|use|avoid|start|stop|remember|consider|keep|write|ask|add|cut|skip|block|schedule|test|measure|prefer|replace|turn|set|pick|choose|plan|focus|limit|batch|automate|delegate|review|document|name|split',
    'essayez|utilisez|evitez|commencez|pensez|gardez|notez|testez|privilegiez|preferez|prenez|ecrivez|demandez|ajoutez|bloquez|planifiez|mesurez|remplacez|choisissez|lisez|relisez|coupez|limitez|automatisez|deleguez|verifiez|fixez|arretez|misez',
    'essaie|utilise|evite|commence|pense|garde|note|teste|prends|ecris|demande|ajoute|bloque|planifie|choisis|lis|relis|coupe|limite|verifie|fixe',
  ],
  invite: [
    'partagez|dites|racontez|donnez|laissez ~1 nous|moi ~1 votre|vos|ton|tes ~2 astuce*|conseil*|experience*|avis|retour*|histoire*|methode*|outil*|question*|idee*|recette*|meilleur*|reference*|lecture*|solution*|exemple*|souvenir*|version*',
    'partagez|dites|racontez|donnez|laissez votre|vos|ton|tes ~2 astuce*|conseil*|experience*|avis|retour*|histoire*|methode*|outil*|question*|idee*|recette*|meilleur*|reference*|lecture*|solution*|exemple*|souvenir*|version*',
    'share|tell|drop|leave|give ~1 us|me ~1 your ~2 tip*|experience*|story|stories|thoughts|advice|favorite*|favourite*|best|question*|idea*|tool*|recipe*|take|view*|recommendation*|example*|lesson*|answer*|version*',
    'share|tell|drop|leave|give your ~2 tip*|experience*|story|stories|thoughts|advice|favorite*|favourite*|best|question*|idea*|tool*|recipe*|take|view*|recommendation*|example*|lesson*|answer*|version*',
    'what do you think',
    'qu en pensez|penses vous|tu',
    'i d|we d love to hear|know|read',
    'curious to hear|know',
    'j aimerais|on aimerait|nous aimerions ~2 savoir|connaitre|lire|avoir',
  ],
  story: [
    'lesson|lessons|learned|learnt|takeaway|takeaways|realized|realised|taught|moral|til',
    'appris|apprise|apprend|apprends',
    'what i|we learned|learnt',
    'i was wrong',
    'j ai appris|compris|realise',
    'nous avons|avions appris|compris',
    'on a appris|compris',
    'lecon|lecons|enseignement|enseignements|moralite|retenir|retiens',
    'ca|cela m|nous a appris|montre|fait',
    'je me suis trompe|trompee',
  ],
  event: [
    'webinar|webinaire|meetup|workshop|atelier|conference|masterclass|livestream|afterwork|hackathon|roundtable|seminar|seminaire|colloque|salon',
    'table ronde',
    'open house',
    'portes ouvertes',
    'save the date',
    'join|meet us|me on|at|for|this|next ~3 monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|{number}',
    'rejoignez|rejoins|retrouvez nous ~4 lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|soir|{number}',
    'venez ~4 lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|soir|{number}',
    'rendez vous ~3 lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|le|{number}',
    'rdv ~3 lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|le|{number}',
    // A weekly slot is when to come: "Répétitions le mardi soir", "open every Saturday" ("stop on Fridays" is advice).
    'le|chaque|tous_les lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches soir|matin|midi|apres',
    'every monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|weeknight',
    'rsvp',
    'introduce yourself|yourselves',
    'presentez vous',
    'presente toi',
  ],
  benefit: [
    'you|u ll|will|can|could|get|save|learn|find|discover|keep|avoid|gain|stop|start',
    'your ~3 will|ll',
    'so|lets|helps|allows|allowing|enabling|letting you',
    'for you|your',
    'free|gratuit|gratuite|gratuits|gratuites ~2 for|pour|to|a|de',
    'vous pourrez|pouvez|allez|apprendrez|gagnerez|trouverez|decouvrirez|saurez|eviterez|economiserez|recevrez|aurez',
    'tu pourras|peux|vas|apprendras|gagneras|trouveras|sauras',
    'vous|te permet|permettra|aide|aidera|evite|evitera|fait',
    'votre|vos|ton|tes ~3 va|vont|sera|seront',
    'pour vous|toi',
  ],
  explanation: [
    'because|therefore',
    'so that',
    'which means',
    'that s why',
    'the reason',
    'parce que|qu',
    'fr:car|puisque',
    'afin de|que|qu',
    'c est pourquoi',
    'ce qui signifie|permet',
    'pour que|qu',
    'la raison',
  ],
};

/** First-person words: the author speaking of themselves or their brand. */
export const FIRST_PERSON = new Set(
  words('i me my mine myself we us our ours ourselves je moi mon ma mes nous notre nos notres mien mienne'),
);

/** Words that address the reader. */
export const READER = new Set(
  words('you your yours yourself yourselves u ur y all yall vous votre vos votres tu toi ton ta tes te'),
);

/** Other people: customers, colleagues, third persons. */
export const OTHERS = new Set(
  words(
    'she he they them her his their theirs customer customers client clients user users colleague colleagues people everyone team community members volunteers students readers elle il ils elles leur leurs eux cliente clientes utilisateurs utilisatrices collegue collegues gens equipe communaute membres benevoles etudiants lecteurs',
  ),
);

/** French "on" means "we" when a verb or pronoun follows it. */
export const ON_AS_WE_NEXT = new Set(
  words(
    'a est va vient fait sera etait vous se s n ne y peut doit avait l les lance recrute cherche organise aime adore continue ouvre passe arrive souhaite est sort fete vous',
  ),
);
