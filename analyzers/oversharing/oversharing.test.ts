import { describe, expect, it } from 'vitest';
import { testAnalyzer } from '../kit/test-analyzer';
import { validCard, validIban, oversharingModule } from './index';
import { analyze } from '../index';

testAnalyzer(oversharingModule, {
  rules: ['oversharing/email', 'oversharing/phone', 'oversharing/address', 'oversharing/bank-details'],
  valid: [
    'Our team grew from 12 to 40 people in 2025.',
    { text: 'Order #4111 1111 1111 1112 shipped today.', rule: 'oversharing/bank-details' }, // fails the card checksum
    { text: 'Follow @marta for her threads on typography.', rule: 'oversharing/email' },
    'Le 12 mars, rendez-vous à la médiathèque.',
    'We moved to a bigger office in Lyon.',
    { text: 'Version 2.4.1 is out: 3 bugs fixed.', rule: 'oversharing/phone' },
    'Appelez-nous ! Nous sommes ouverts du lundi au samedi.',
    'FR76 is not an IBAN, just a code.',
    { text: 'Mon quartier préféré, c’est la Croix-Rousse.', rule: 'oversharing/address' },
    'Our 2026 numbers: 1 234 567 visits.',
  ],
  invalid: [
    ['Write to me at jane.doe@example.com for the slides', 'oversharing/email', 'jane.doe@example.com'],
    ['Mon mail perso : paul.martin@gmail.fr', 'oversharing/email', 'paul.martin@gmail.fr'],
    ['Call me on 06 12 34 56 78 tonight', 'oversharing/phone', '06 12 34 56 78'],
    ['Appelez le +33 6 12 34 56 78 pour réserver', 'oversharing/phone', '+33 6 12 34 56 78'],
    ['Ring us at +44 20 7946 0958', 'oversharing/phone', '+44 20 7946 0958'],
    ['Party at 12 rue des Lilas, bring drinks!', 'oversharing/address', '12 rue des Lilas'],
    ['We live at 221B Baker Street now', 'oversharing/address', '221B Baker Street'],
    [
      'Pour la cagnotte : FR76 3000 6000 0112 3456 7890 189',
      'oversharing/bank-details',
      'FR76 3000 6000 0112 3456 7890 189',
    ],
    ['My card 4111 1111 1111 1111 was charged twice', 'oversharing/bank-details', '4111 1111 1111 1111'],
    ['Virement sur DE89370400440532013000 svp', 'oversharing/bank-details', 'DE89370400440532013000'],
  ],
});

// LinkedIn: a profile meant for work relations.
testAnalyzer(oversharingModule, {
  rules: ['oversharing/personal', 'oversharing/political'],
  valid: [
    'Ten years ago I moved to Lyon with one suitcase. What I learnt: ask for help early.',
    {
      text: 'Après mon burn-out, j’ai appris à dire non. Trois réflexes qui m’ont aidée.',
      rule: 'oversharing/personal',
    },
    'The new EU accessibility act changes how we build forms: here is what to check.',
    {
      text: 'La réforme de la formation professionnelle change trois choses pour les indépendants.',
      rule: 'oversharing/political',
    },
    'Our client’s divorce lawyer practice grew 40% with a better intake form.',
    { text: 'My divorce taught me to plan my weeks differently.', platform: 'facebook' },
    { text: 'This government is corrupt and destroying everything!', platform: 'x' },
  ],
  invalid: [
    {
      text: 'My divorce is final and my ex cheated on me for years',
      findings: [
        { rule: 'oversharing/personal', excerpt: 'My divorce' },
        { rule: 'oversharing/personal', excerpt: 'my ex cheated' },
      ],
    },
    ['I was diagnosed with depression last spring.', 'oversharing/personal', 'I was diagnosed with'],
    ['Mon psychiatre dit que je dois ralentir.', 'oversharing/personal', 'Mon psychiatre'],
    ['Ma faillite personnelle m’a tout appris.', 'oversharing/personal', 'Ma faillite'],
    [
      'This government is corrupt and destroying small businesses!',
      'oversharing/political',
      'This government is corrupt',
    ],
    ['Honte au gouvernement qui nous prend pour des idiots.', 'oversharing/political', 'Honte au gouvernement'],
    ['Ces politiciens sont tous des menteurs.', 'oversharing/political', 'Ces politiciens sont tous des menteurs'],
    ['Wake up sheeple, they are lying to you.', 'oversharing/political', 'Wake up sheeple'],
  ],
});

describe('checksums', () => {
  it('accepts real IBANs and cards, and refuses near misses', () => {
    expect(validIban('FR76 3000 6000 0112 3456 7890 189')).toBe(true);
    expect(validIban('FR76 3000 6000 0112 3456 7890 188')).toBe(false);
    expect(validCard('4111111111111111')).toBe(true);
    expect(validCard('4111111111111112')).toBe(false);
  });
});

describe('oversharing severity', () => {
  it('a shop inviting calls on Facebook gets a hint at most, never a warning', () => {
    const text = 'Fresh bread every morning! Call us on 04 78 12 34 56 to order your cake for Sunday.';
    const report = analyze(text, { platform: 'facebook', settings: { sensitivity: 'strict' } });
    const phone = report.findings.filter((f) => f.rule === 'oversharing/phone');
    expect(phone).toHaveLength(1);
    expect(phone[0]!.severity).toBe('hint');
  });
});
