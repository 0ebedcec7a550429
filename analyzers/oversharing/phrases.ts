import type { PhraseGroup } from '../kit/phrase-analyzer';

/**
 * Very personal details, for LinkedIn only: health, family breakdowns, money
 * troubles. Hints: a personal story is welcome, the private detail is the question.
 */
export const PERSONAL: PhraseGroup = {
  rule: 'oversharing/personal',
  confidence: 0.5,
  patterns: [
    'my|our ~1 divorce|miscarriage|chemotherapy|chemo|bankruptcy|debts|overdose|relapse|custody_battle',
    'i_was|i_ve_been|i_m|i_am|was|been|got|just_got ~1 diagnosed with',
    'my ~1 therapist|psychiatrist|antidepressants|medication|meds|diagnosis|biopsy|tumour|tumor',
    'my ~1 ex|ex_wife|ex_husband ~4 cheated|lawyer|court|custody',
    'mon|ma|notre ~1 divorce|fausse_couche|chimio|chimiotherapie|faillite|dettes|surendettement|rechute|biopsie|tumeur',
    'on m a|j ai ete ~1 diagnostique|diagnostiquee',
    'mon|ma ~1 psy|psychiatre|therapeute|antidepresseurs|traitement|diagnostic',
    'mon|ma ~1 ex|ex_femme|ex_mari ~4 trompe|trompee|avocat|tribunal|garde',
  ],
};

/** Political rants, for LinkedIn only: attacks on parties and politicians, not a calm word on policy. */
export const POLITICAL: PhraseGroup = {
  rule: 'oversharing/political',
  confidence: 0.5,
  patterns: [
    'this|these|the|our|those ~1 government|president|politicians|leftists|liberals|conservatives|republicans|democrats|fascists|communists|elites ~4 idiots|idiotic|corrupt|disgrace|disgusting|traitors|clowns|criminals|destroying|ruining|liars|morons',
    'shame on|down with ~1 the ~1 government|president|minister|politicians|left|right',
    'wake up ~1 sheeple|sheep',
    'vote ~2 them|those ~1 clowns|idiots|criminals|out',
    'ce|le|les|nos|la|cette|ces ~1 gouvernement|president|politiques|politiciens|elus|gauchistes|fachos|wokistes|macronistes|ministres ~4 incompetents|corrompus|honteux|clowns|traitres|detruisent|ruinent|nuls|voleurs|menteurs|escrocs',
    'honte a|au|aux ~1 gouvernement|president|ministre|ministres|elus|politiques',
    'a bas ~1 le|la|les ~1 gouvernement|president|ministre|elus',
    'reveillez vous ~1 les ~1 moutons',
  ],
};
