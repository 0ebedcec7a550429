import { defineTexts } from '../kit/define';

export const en = defineTexts({
  rules: {
    'oversharing/personal': {
      label: 'Very personal details (LinkedIn)',
      message: 'A very personal detail on a professional profile',
      why: 'Health, family conflicts and money troubles are yours to share, but on a work network they stay with your name for years, in front of clients and recruiters.',
      suggestions: [
        'Keep the lesson and leave out the private detail.',
        'Share it with people you trust in a private message.',
      ],
      phrases: [
        {
          confidence: 0.5,
          patterns: [
            'my|our ~1 divorce|miscarriage|chemotherapy|chemo|bankruptcy|debts|overdose|relapse|custody_battle',
            'i_was|i_ve_been|i_m|i_am|was|been|got|just_got ~1 diagnosed with',
            'my ~1 therapist|psychiatrist|antidepressants|medication|meds|diagnosis|biopsy|tumour|tumor',
            'my ~1 ex|ex_wife|ex_husband ~4 cheated|lawyer|court|custody',
          ],
        },
      ],
    },
    'oversharing/political': {
      label: 'Political rants (LinkedIn)',
      message: 'A political rant on a professional profile',
      why: 'A rant about parties or politicians splits your professional audience and drowns what you do. Your views are yours; the network is where people come for your work.',
      suggestions: [
        'If the topic touches your field, say what it changes for your clients or your trade, calmly.',
        'Keep the rant for a personal account.',
      ],
      phrases: [
        {
          confidence: 0.5,
          patterns: [
            'this|these|the|our|those ~1 government|president|politicians|leftists|liberals|conservatives|republicans|democrats|fascists|communists|elites ~4 idiots|idiotic|corrupt|disgrace|disgusting|traitors|clowns|criminals|destroying|ruining|liars|morons',
            'shame on|down with ~1 the ~1 government|president|minister|politicians|left|right',
            'wake up ~1 sheeple|sheep',
            'vote ~2 them|those ~1 clowns|idiots|criminals|out',
          ],
        },
      ],
    },
    'oversharing/email': {
      label: 'E-mail address',
      message: 'An e-mail address in a public post',
      why: 'Anyone can copy it: spam, phishing, people you did not mean to reach. A public post stays searchable for years.',
      suggestions: [
        'Point to a contact form or to direct messages instead.',
        "If the address is meant to be public (a shop's), that is fine: leave it.",
      ],
    },
    'oversharing/phone': {
      label: 'Phone number',
      message: 'A phone number in a public post',
      why: "Everyone who reads the post, and every scraper, now has the number. Fine for a shop's line; risky for a personal one.",
      suggestions: [
        'Invite people to write to you in direct messages.',
        'Use a professional number if people really need to call.',
      ],
    },
    'oversharing/address': {
      label: 'Postal address',
      message: 'A postal address in a public post',
      why: 'An address in a public post tells strangers where someone lives or will be. Share it privately with the people who need it.',
      suggestions: [
        "Give the neighbourhood or the venue's name, and the address in private.",
        'For an event, link to its page instead.',
      ],
    },
    'oversharing/bank-details': {
      label: 'Bank or card number',
      message: 'Bank or card details in a public post',
      why: 'An IBAN or a card number in public invites fraud. Even for a collection, share them only in private.',
      suggestions: [
        'Remove the number and say you will send it in a direct message.',
        'For a collection, use a fundraising page.',
      ],
    },
  },
});
