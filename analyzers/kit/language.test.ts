import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { detectLanguage, endingScore, TokenLanguage } from './language';
import { normalize, tokenize } from './text';

const detect = (text: string) => detectLanguage(text, tokenize(normalize(text).text).tokens).lang;

// Short posts, most about 40 characters, many without accents, some franglais.
const FRENCH = [
  'On a fait un super meeting avec la team',
  'Bon week-end a tous et a toutes !',
  'Merci pour vos retours sur le webinar',
  'Quelqu un a un bon plan pour le dej ?',
  'Le call de demain est decale a 15h',
  'Trop content de ce premier sprint',
  'Je suis a la recherche d un stage en UX',
  'Vous avez des tips pour bien onboarder ?',
  'Nouvelle feature dispo dans l appli',
  'On recrute un dev fullstack a Nantes',
  'Petit recap de la conf de ce matin',
  'Le brunch etait top, merci la team',
  'Ca vous dit un afterwork jeudi soir ?',
  'J ai enfin fini mon side project',
  'Quelle galere ce lundi matin',
  'Les slides sont sur le drive partage',
  'Qui vient au meetup de la semaine pro ?',
  'Encore bravo pour ce lancement',
  'Hate de vous montrer la suite',
  'Gros merci a Julie pour son aide',
  'Le site est en maintenance ce soir',
  'Je cherche un freelance pour un logo',
  'Vous preferez le teletravail ou le bureau ?',
  'Rdv demain 9h devant le coworking',
  'Premier jour dans ma nouvelle boite',
  'Il pleut encore sur Paris',
  'Les inscriptions ferment vendredi',
  'Besoin d un avis sur mon CV svp',
  'La demo est prete, on push ce soir',
  'Excellente nouvelle pour toute l equipe',
  'Je vous partage mon retour d experience',
  'Votre avis compte pour nous',
  'On fete les 10 ans de la boite',
  'Cette semaine on parle management',
  'Le replay est dispo pour ceux qui ont rate',
  'Qui a deja teste ce framework ?',
  'Grosse journee mais tres belle journee',
  'Petite pause cafe bien meritee',
  'Les candidatures sont ouvertes jusqu au 12',
  'Vivement les vacances, franchement',
  'Réunion annulée, on se voit lundi.',
  'Très fière de mon équipe aujourd’hui',
];

const ENGLISH = [
  'We had a great meeting with the team',
  'Have a good weekend everyone!',
  'Thanks for your feedback on the webinar',
  'Anyone know a good place for lunch?',
  'Tomorrow call moved to 3pm',
  'So happy with this first sprint',
  'Looking for a UX internship in Paris',
  'Any tips for onboarding new hires?',
  'New feature is live in the app',
  'We are hiring a fullstack dev in Nantes',
  'Quick recap of this morning talk',
  'Brunch was great, thanks team',
  'Who is up for drinks on Thursday?',
  'I finally finished my side project',
  'What a Monday morning',
  'Slides are on the shared drive',
  'Who is coming to the meetup next week?',
  'Congrats again on the launch',
  'Cannot wait to show you what is next',
  'Big thanks to Julie for her help',
  'The site is down for maintenance tonight',
  'Looking for a freelancer for a logo',
  'Do you prefer remote or the office?',
  'See you tomorrow 9am at the coworking',
  'First day at my new company',
  'It is raining again in London',
  'Registrations close on Friday',
  'Need feedback on my resume please',
  'The demo is ready, we push tonight',
  'Great news for the whole team',
  'Sharing my lessons learned',
  'Your opinion matters to us',
  'Celebrating 10 years of the company',
  'This week we talk about management',
  'The replay is up for those who missed it',
  'Has anyone tried this framework?',
  'Long day but a really good one',
  'Coffee break well deserved',
  'Applications are open until the 12th',
  'Cannot wait for the holidays honestly',
  'Meeting cancelled, see you Monday.',
  'So proud of my team today',
];

describe('detectLanguage on short posts', () => {
  it.each(FRENCH)('fr: %s', (text) => expect(detect(text)).toBe('fr'));
  it.each(ENGLISH)('en: %s', (text) => expect(detect(text)).toBe('en'));

  it('falls back when there is nothing to go on', () => {
    const tokens = tokenize(normalize('🎉🎉').text).tokens;
    expect(detectLanguage('🎉🎉', tokens, 'fr')).toEqual({ lang: 'fr', confidence: 0 });
  });

  it('is sure of itself on clear text', () => {
    const text = 'Nous vous remercions pour votre confiance et vos nombreux messages';
    expect(detectLanguage(text, tokenize(normalize(text).text).tokens).confidence).toBeGreaterThan(0.8);
  });
});

describe('word endings', () => {
  // What endingScore() reads by code, as the expressions it replaced wrote it.
  const ENGLISH = /(?:ing|ly|ed)$/;
  const FRENCH = /(?:ez|eux|euse|ait|aient|ons|ees|tion)$/;
  const expected = (w: string) => (ENGLISH.test(w) ? 1 : FRENCH.test(w) ? -1 : 0);

  it('reads every ending as the expressions do, on every word of the corpora', () => {
    const dir = join(process.cwd(), 'tests/corpus');
    const words = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')))
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean))
        for (const t of tokenize(normalize((JSON.parse(line) as { text: string }).text ?? '').text).tokens)
          if (t.kind === 'word') words.add(t.text);
    for (const w of [
      'ing',
      'ly',
      'ed',
      'ez',
      'eux',
      'euse',
      'ait',
      'aient',
      'ons',
      'ees',
      'tion',
      'xaient',
      'zient',
      'seuse',
      'aiet',
    ])
      words.add(`ab${w}`).add(w);
    expect(words.size).toBeGreaterThan(5000);
    const wrong = [...words].filter((w) => endingScore(w) !== expected(w));
    expect(wrong).toEqual([]);
  });
});

describe('one scoring of the tokens for the draft and its sentences', () => {
  it('guesses each sentence as if it were a text of its own', () => {
    const file = join(process.cwd(), 'tests/corpus/labelled.jsonl');
    const texts = readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text);
    let sentences = 0;
    for (const text of texts) {
      const { tokens, sentences: spans } = tokenize(normalize(text).text);
      const shared = new TokenLanguage(tokens);
      expect(shared.guess(0, Math.min(tokens.length, 400), text, 'en')).toEqual(detectLanguage(text, tokens));
      for (const s of spans) {
        const end = Math.min(s.endToken, s.firstToken + 60);
        expect(shared.guess(s.firstToken, end, '', 'fr')).toEqual(
          detectLanguage('', tokens.slice(s.firstToken, end), 'fr'),
        );
        sentences++;
      }
    }
    expect(sentences).toBeGreaterThan(500);
  });
});
