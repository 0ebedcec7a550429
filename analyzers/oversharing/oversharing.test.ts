import { describe, expect, it } from 'vitest';
import { testAnalyzer } from '../kit/test-analyzer';
import { validCard, validIban } from './index';

testAnalyzer('oversharing', {
  valid: [
    'Our team grew from 12 to 40 people in 2025.',
    'Order #4111 1111 1111 1112 shipped today.', // fails the card checksum
    'Follow @marta for her threads on typography.',
    'Le 12 mars, rendez-vous à la médiathèque.',
    'We moved to a bigger office in Lyon.',
    'Version 2.4.1 is out: 3 bugs fixed.',
    'Appelez-nous ! Nous sommes ouverts du lundi au samedi.',
    'FR76 is not an IBAN, just a code.',
    'Mon quartier préféré, c’est la Croix-Rousse.',
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

describe('checksums', () => {
  it('accepts real IBANs and cards, and refuses near misses', () => {
    expect(validIban('FR76 3000 6000 0112 3456 7890 189')).toBe(true);
    expect(validIban('FR76 3000 6000 0112 3456 7890 188')).toBe(false);
    expect(validCard('4111111111111111')).toBe(true);
    expect(validCard('4111111111111112')).toBe(false);
  });
});
