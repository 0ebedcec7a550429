import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, judgementFeatures, judgementGates, judgementLogits } from '../index';
import { testAnalyzer } from '../kit/test-analyzer';
import { confidenceFor, judgementModel, judgementModule, useJudgementModel } from './index';
import { CONFIDENCE_BAR } from '../kit/engine';

const MODEL = judgementModel();
import { JUDGED, logits, sigmoid } from './model';
import { CUE_CATEGORY } from './cues';

const readCorpus = (file: string) =>
  readFileSync(new URL(`../../tests/corpus/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { text: string; platform: 'x' | 'linkedin' | 'facebook' });
const corpus = ['clean.jsonl', 'labelled.jsonl', 'holdout.jsonl'].flatMap(readCorpus);

describe('whole-draft model', () => {
  it('scores a draft on the keystroke path exactly as training names its features', () => {
    for (const post of corpus) {
      const options = { platform: post.platform };
      const named = logits(MODEL, judgementFeatures(post.text, options));
      const direct = judgementLogits(post.text, options);
      direct.forEach((z, k) => expect(z, `${JUDGED[k]}: ${post.text}`).toBeCloseTo(named[k]!, 9));
    }
  });

  it('judges with another model when told to (the trainer’s folds), and with the shipped one again after', () => {
    const text = 'Excited to share our new website! Check it out.';
    const hints = () =>
      analyze(text, { platform: 'linkedin' }).findings.filter((f) => f.rule.endsWith('/whole-post')).length;
    const shipped = hints();
    const eager: typeof MODEL = {
      ...MODEL,
      categories: Object.fromEntries(
        JUDGED.map((c) => [c, { bias: 5, threshold: { fr: 0.15, en: 0.15 } }]),
      ) as typeof MODEL.categories,
    };
    try {
      useJudgementModel(eager);
      expect(hints()).toBeGreaterThan(shipped);
    } finally {
      useJudgementModel();
    }
    expect(hints()).toBe(shipped);
    expect(judgementModel()).toEqual(MODEL);
  });

  it('ships weights for every category, and a threshold in (0, 1] or silent above 1', () => {
    for (const c of JUDGED) {
      expect(Number.isFinite(MODEL.categories[c].bias)).toBe(true);
      for (const lang of ['fr', 'en'] as const) expect(MODEL.categories[c].threshold[lang]).toBeGreaterThan(0);
    }
    const rows = Object.values(MODEL.weights);
    expect(rows.length).toBeGreaterThan(1000);
    for (const row of rows) expect(row).toHaveLength(JUDGED.length);
  });

  it('holds a draft to its own language’s threshold', () => {
    // A self-centred shape aside (its own verdict), a whole-post hint means the model's probability
    // reached the threshold of the draft's language, not the other language's.
    const k = JUDGED.indexOf('self-centred');
    let judged = 0;
    for (const post of [...corpus, ...readCorpus('blind-drafts-dev.jsonl')]) {
      const options = { platform: post.platform };
      const shape = [...judgementFeatures(post.text, options).keys()].some(
        (f) => f.startsWith('cue:') && CUE_CATEGORY[f.slice(4) as keyof typeof CUE_CATEGORY] === 'self-centred',
      );
      if (shape) continue;
      judged++;
      const report = analyze(post.text, { ...options, stage: 'finished' });
      if (report.findings.some((f) => f.rule === 'self-centred/whole-post'))
        expect(sigmoid(judgementLogits(post.text, options)[k]!), post.text).toBeGreaterThanOrEqual(
          MODEL.categories['self-centred'].threshold[report.language],
        );
    }
    expect(judged).toBeGreaterThan(500);
  });

  it('waits while a short draft is typed, and judges it once finished', () => {
    const text = 'Great to be back in Calgary with our candidates tonight';
    const rules = (stage: 'typing' | 'finished') =>
      analyze(text, { platform: 'linkedin', stage }).findings.map((f) => f.rule);
    const wholePost = (rules: string[]) => rules.filter((r) => r.endsWith('/whole-post'));
    expect(wholePost(rules('typing'))).toEqual([]);
    expect(wholePost(rules('finished')).length).toBeGreaterThan(0);
  });

  it('quotes the words of the draft that weighed most, and is never a warning', () => {
    const report = analyze('Great to be back in Calgary with our candidates tonight!', { platform: 'linkedin' });
    const hint = report.findings.find((f) => f.rule === 'self-centred/whole-post')!;
    expect(hint.severity).toBe('hint');
    const quoted = String(hint.data.evidence).split(', ');
    expect(quoted.length).toBeGreaterThan(0);
    for (const word of quoted) expect('Great to be back in Calgary with our candidates tonight!').toContain(word);
  });
});

testAnalyzer(judgementModule, {
  valid: [
    // Thanks and credit turn a post to others, whatever the model reads in it.
    {
      text: 'Thanks to everyone who came to the Calgary meetup tonight, and to @lea for hosting!',
      rule: 'self-centred/whole-post',
    },
    { text: 'Great to be back in Calgary with our candidates', stage: 'typing' },
    {
      text: 'Share your best onboarding tip in the comments, I will compile them into a guide.',
      sensitivity: 'strict',
      rule: 'begging/whole-post',
    },
    {
      text: 'Our son passed his driving test today after three tries. What helped: one lesson a week with the same teacher.',
      platform: 'facebook',
      sensitivity: 'strict',
      rule: 'missing-value/whole-post',
    },
  ],
  invalid: [
    {
      text: 'Great to be back in Calgary with our candidates tonight!',
      // A politician's outing with nothing for the reader: both, as the labelling guide has it.
      findings: [
        { rule: 'self-centred/whole-post', severity: 'hint', messageId: 'self-centred/whole-post' },
        { rule: 'missing-value/whole-post', severity: 'hint' },
      ],
    },
    {
      // Comment bait no phrase rule holds: the shape says it, and with nothing besides it is also empty.
      text: 'Drop your star sign below ♈♉♊ Let’s see who’s here!',
      platform: 'facebook',
      findings: [
        { rule: 'begging/whole-post', severity: 'hint' },
        { rule: 'missing-value/whole-post', severity: 'hint' },
      ],
    },
    {
      text: 'Our son passed his driving test today after three tries. Persistence pays.',
      platform: 'facebook',
      sensitivity: 'strict',
      findings: [{ rule: 'missing-value/whole-post', severity: 'hint' }],
    },
  ],
});

/** The shape cues (cues.ts) the model and the whole-post rules read in a draft. */
const cuesIn = (text: string) =>
  [...judgementFeatures(text, { platform: 'facebook' }).keys()]
    .filter((k) => k.startsWith('cue:'))
    .map((k) => k.slice(4));
const flags = (text: string, category: string) =>
  analyze(text, { platform: 'facebook' }).findings.some((f) => f.category === category);

describe('whole-post shapes', () => {
  it.each([
    ['Nos fromages sont tout simplement les meilleurs de la région 🧀', 'self-superlative', 'self-centred'],
    ['On est clairement le meilleur burger de Namur 😎', 'self-superlative', 'self-centred'],
    ["Let's settle it: we're the best pizza in Chicago, period 🍕", 'self-superlative', 'self-centred'],
    ['Nobody in Harrogate does bouquets like us, no contest 💐', 'self-superlative', 'self-centred'],
    [
      "J'ai fait baisser la délinquance de 18 % en deux ans. Des résultats, pas des promesses.",
      'self-credit',
      'self-centred',
    ],
    ['The bridge reopens on 14 April, two weeks early thanks to me.', 'self-credit', 'self-centred'],
    ["Coucou c'est Croquette, la mascotte du magasin 🐱 J'ai fait la sieste.", 'mascot', 'self-centred'],
    ["Toute l'équipe vous souhaite de belles fêtes de fin d'année 🎄✨", 'greeting', 'missing-value'],
    ['Believe in yourself. Dream big. 🚀', 'maxim', 'missing-value'],
    ['Hi Priya, so sorry to hear this! Please DM us 😊', 'stock-reply', 'missing-value'],
    ['Drop your star sign below ♈♉♊ Let’s see who’s here!', 'comment-bait', 'begging'],
    ['Commentez avec l’emoji qui décrit votre humeur aujourd’hui 👇', 'comment-bait', 'begging'],
    ['Can we get 100 shares for this little guy? 🐶', 'count-bait', 'begging'],
    ['Super excited to be named one of the Top 40 Social Sellers on LinkedIn!', 'self-news', 'self-centred'],
    ['Honoured to have been chosen for the regional board. It’s official.', 'self-news', 'self-centred'],
    ['Ravie de rejoindre l’équipe de la Fondation Léa cette semaine 🎉', 'self-news', 'self-centred'],
    ['📍Quel accueil ce matin à Chartres. #Campagne2027', 'diary', 'self-centred'],
    ['De retour de Brest. Demain, direction le Pas-de-Calais !', 'diary', 'self-centred'],
    ['Great visit to Dubai last week to meet with our teams there.', 'diary', 'self-centred'],
    ['Which WrestleMania match was YOUR favorite?!', 'poll', 'begging'],
    ['Travellers’ Choice again 🌊 We truly are the finest hotel in the region.', 'scoped-superlative', 'self-centred'],
    ['Nous sommes le restaurant le mieux noté de la ville depuis 8 ans.', 'scoped-superlative', 'self-centred'],
    ['Who is excited for this?! 🔥', 'poll', 'begging'],
    ['Qui sera derrière nos Bleus pendant cet Euro ? 🇫🇷', 'poll', 'begging'],
    ['Souhaitez un joyeux anniversaire à Raphaël dans les commentaires 🎂', 'comment-bait', 'begging'],
    ['Join us in wishing Blake a HAPPY 27th BIRTHDAY! #NBABDAY', 'comment-bait', 'begging'],
  ])('%s: %s, so %s', (text, cue, category) => {
    expect(cuesIn(text)).toContain(cue);
    expect(flags(text, category)).toBe(true);
  });

  it('gives "nothing for the reader" to short bait with nothing besides (shared/ANNOTATION.md: both labels)', () => {
    for (const text of [
      'Tapez 1 si vous êtes déjà en vacances, 2 si vous bossez encore 😩☀️',
      'Type YES if you want the recipe 😋👇',
      'like + rt et je t’envoie le lien en dm',
    ])
      expect(flags(text, 'missing-value'), text).toBe(true);
    // Bait beside a real tip is bait, not an empty post.
    const tip =
      'Wait 30 minutes after orange juice, fizzy drinks or wine before you brush: the acid softens the enamel for a while and brushing straight away wears it down. Rinse with water instead. Share this with your family!';
    expect(flags(tip, 'begging')).toBe(true);
    expect(flags(tip, 'missing-value')).toBe(false);
  });

  it.each([
    // Advice, not a boast: the superlative is not said of the writer.
    ['The best way to keep bread fresh is a linen bag, not the fridge.', 'self-superlative'],
    ['Notre conseil : le plus simple est de congeler le pain en tranches.', 'self-superlative'],
    // A greeting in front of news, a long post with a maxim in it.
    ['Happy Friday! Reminder: the API deprecation happens on Monday, update your client to v3.', 'greeting'],
    ['Bon vendredi ! Rappel : l’ancienne API disparaît lundi, passez votre client en v3.', 'greeting'],
    [
      'Dream big, they say. Here is what that meant for our bakery: we opened a second oven line, hired two apprentices and now bake until 2 pm on Saturdays.',
      'maxim',
    ],
    // A case that asks for what it needs is not a stock reply.
    ['@evoyent please DM us your claim number and we will look into this. ~SS', 'stock-reply'],
    // Comments asked for substance, or with the question itself.
    ['Share your best tip against slugs in the comments 🐌', 'comment-bait'],
    ['Comment your answer below: what did your first manager teach you?', 'comment-bait'],
    ['Commentez avec votre plus belle erreur de débutant, on en rira ensemble.', 'comment-bait'],
    ['How many likes is a good post? Wrong question: ask how many conversations it started.', 'count-bait'],
    // Subscribers cut off by an incident are news.
    ["Un incendie s'est déclaré ce matin au nœud de raccordement : 2.000 abonnés sont touchés.", 'vanity-metric'],
    // A superlative about someone else's, or in a guide.
    ['Mirazur, élu meilleur restaurant du monde, supprime le plastique de ses cuisines.', 'scoped-superlative'],
    [
      'Our guide to the best cafés in the city: 1. Kaffa for filter, 2. Nook for cake, because both open at 7.',
      'scoped-superlative',
    ],
    // A question about a real event, or one that wants names for a reason.
    ["Workshop Saturday at 10am at the library, bring your laptop. Who's in?", 'poll'],
    ['Quelle est votre rédactrice technique préférée ? Je veux apprendre des meilleurs.', 'poll'],
    ['Who is ready to learn how to file taxes in ten minutes with our checklist?', 'poll'],
    // News of someone else, and a night described by what happened in it.
    ['What a night from Dirk Nowitzki!', 'diary'],
    ['Our players are excited to see you at the stadium.', 'self-news'],
    // Pride in someone else's success is credit, not the writer's news.
    ['Congratulations Arvind! Proud to see one more brilliant engineer leading a tech giant.', 'self-news'],
    // "on a" is French for "we have"; in an English draft it is a preposition and an article.
    ['Spring on a plate: the best asparagus recipes from our readers, with timings.', 'self-superlative'],
  ])('%s: no %s', (text, cue) => {
    expect(cuesIn(text)).not.toContain(cue);
  });

  it('puts a model’s threshold on the normal bar, and lets a silent model (threshold above 1) speak only at strict', () => {
    expect(confidenceFor(0.6, 0.6)).toBeCloseTo(CONFIDENCE_BAR.normal, 9);
    expect(confidenceFor(0.3, 0.6)).toBeLessThan(CONFIDENCE_BAR.normal);
    expect(confidenceFor(0.9, 0.6)).toBeGreaterThan(CONFIDENCE_BAR.normal);
    const silent = confidenceFor(0.95, 1.01);
    expect(silent).toBeLessThan(CONFIDENCE_BAR.normal);
    expect(silent).toBeGreaterThanOrEqual(CONFIDENCE_BAR.strict);
    expect(confidenceFor(0.4, 1.01)).toBeLessThan(CONFIDENCE_BAR.strict);
  });

  it('reads what stands before a superlative from a word’s edge, never from inside a word', () => {
    // The 60 characters before "the best" start at the "o" of "tour": "our" there is no word of the post.
    const word = 'abcdefghi-'.repeat(6).slice(0, 52);
    const inside = `Honestly, we all agree that tour ${word} is the best bakery in town.`;
    const own = `Honestly, we all agree that our ${word} is the best bakery in town.`;
    expect(cuesIn(own)).toContain('self-superlative');
    expect(cuesIn(inside)).not.toContain('self-superlative');
  });

  it('flags a post that only lists what its author did, by its shape or the model rather than by counting "we"', () => {
    // On real posts, counting first-person words was wrong three times in four (politicians' "nous",
    // customers’ complaints, quotes): that rule now shows only at strict sensitivity.
    for (const text of [
      'We had an amazing year. We grew our team, we opened our second office, we launched our new brand and we signed our biggest client. Our founders are so proud of what we built and we cannot wait for what we do next.',
      'Quelle année pour nous. Nous avons doublé notre équipe, nous avons ouvert notre deuxième bureau, nous avons lancé notre nouvelle marque et nous avons signé notre plus gros client. Nos fondateurs sont fiers de ce que nous avons construit.',
    ])
      expect(flags(text, 'self-centred'), text).toBe(true);
    const complaint =
      'vous commencez à me rendre dingue, je suis à deux doigts de tout annuler. un coup on me dit je peux avoir la fibre puis le technicien ne trouve rien, donc on me dit qu’on va créer une ligne';
    expect(flags(complaint, 'self-centred')).toBe(false);
  });

  it('leaves the writer’s news alone when the post also gives the reader something', () => {
    const slides =
      'Excited to share the slides from my talk on data privacy for small businesses: the 5 checks you can do this afternoon.';
    expect(cuesIn(slides)).toContain('self-news');
    expect(flags(slides, 'self-centred')).toBe(false);
  });

  it('takes an ask for the reader’s own tip or story as a real question, not as nothing for the reader', () => {
    // Short and bare, these read as empty to the model (in the shipped one, over its threshold).
    for (const text of [
      'Partagez votre meilleure astuce en commentaire',
      'Dites-nous votre astuce préférée',
      'Tell us your best tip',
      'Share your story',
    ])
      expect(flags(text, 'missing-value'), text).toBe(false);
  });

  it('tells the trainer which posts the gates keep out of the model’s hint', () => {
    const gates = (text: string) => judgementGates(text, { platform: 'facebook' });
    expect(gates('Merci @marie pour la session d’hier, on a tous appris quelque chose.')['missing-value']).toBe(true);
    expect(gates('Tell us your best tip for a first week in a new job.')['missing-value']).toBe(true);
    expect(gates('Vous avez 2 secondes ? Likez et RT, ça nous aide énormément 🙏')['missing-value']).toBe(false);
    expect(gates('Thank you all for coming to our open day!')['self-centred']).toBe(true);
    expect(gates('We are the best bakery in town.')).toEqual({
      begging: false,
      'self-centred': false,
      'missing-value': false,
    });
  });

  it('does not take a question beside an ask for likes or shares as a real question', () => {
    // The question only opens the ask: the post still gives the reader nothing.
    for (const text of [
      'Vous avez 2 secondes ? Likez et RT, ça nous aide énormément 🙏🚆',
      "We're 48 followers away from 5K!! 😱📚 Can you help us get there before Friday? RT RT RT! #LibrariesRock",
    ])
      expect(flags(text, 'missing-value'), text).toBe(true);
  });

  it('takes a question asking the readers what the writer should do as a real question', () => {
    // The model alone calls the first empty (a celebrated count, short); the question asks for substance.
    expect(
      analyze('We just hit 10,000 followers! What should we write about next?', { platform: 'linkedin' }).findings.map(
        (f) => f.rule,
      ),
    ).toEqual(['self-centred/vanity-metric']);
    expect(flags('Que devrions-nous tester ensuite ? On a atteint 5 000 abonnés.', 'missing-value')).toBe(false);
    // Without the question, the count alone is still nothing for the reader.
    expect(flags('On vient de passer les 5 000 abonnés 🎉🎉 Quelle année !!', 'missing-value')).toBe(true);
  });

  it('never throws on odd or huge drafts', () => {
    for (const text of ['👇'.repeat(5000), 'meilleur '.repeat(20000), '\u0000\u200b\ud800 on est le meilleur'])
      expect(() => analyze(text, { platform: 'x' })).not.toThrow();
  });
});
