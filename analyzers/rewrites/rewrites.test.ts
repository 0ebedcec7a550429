import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeOptions } from '../index';
import { FindingSchema } from '../kit/schema';
import type { Lang } from '../kit/types';
import { rewriteFor } from './index';

/** The draft with the rewrite applied, as the writer would paste it. */
function applied(text: string, options: Partial<AnalyzeOptions> & { rule: string }) {
  const { rule, ...rest } = options;
  const report = analyze(text, { platform: 'facebook', ...rest });
  const finding = report.findings.find((f) => f.rule === rule);
  expect(finding, `${rule} on ${JSON.stringify(text)}`).toBeDefined();
  const rw = finding!.rewrite;
  return rw && text.slice(0, rw.start) + rw.text + text.slice(rw.end);
}

type Row = [draft: string, rewritten: string | null];

/** French expectations are written with ordinary spaces; the rewrite has the narrow no-break ones. */
const narrow = (s: string) => s.replace(/ ([;:!?])/g, '\u202F$1');

/** Per rule and language: the draft, then the whole draft once rewritten (null: no rewrite must be offered). */
const TABLE: { rule: string; kind?: 'post' | 'reply'; lang: Lang; rows: Row[] }[] = [
  {
    rule: 'begging/like',
    lang: 'en',
    rows: [
      ['LIKE if you miss summer', 'What do you miss most about summer?'],
      ['Like if you miss summer ☀️', 'What do you miss most about summer? ☀️'],
      ['Like and share if you love sourdough!', 'What do you love most about sourdough?'],
      [
        'Our galette is back! Like if you love it 🥧 #galette',
        'Our galette is back! What do you love most about it? 🥧 #galette',
      ],
      ['Please like if you enjoy our Sunday market', 'What do you enjoy most about our Sunday market?'],
      ['Double tap if you agree', 'Do you agree? What would you add?'],
      // What comes before the request is the writer's own: not replaced, so no rewrite.
      ['Galette time, like if you love it', null],
      // The sentence goes on after the clause: replacing half of it would break it.
      ['Like if you love pizza, and tag a friend', null],
      ['Like if you love pizza and share it', null],
      // No clause to build a question on.
      ['Like this post!', null],
      ['Like if you want the recipe', null],
    ],
  },
  {
    rule: 'begging/like',
    lang: 'fr',
    rows: [
      ['Likez si vous aimez la galette !', 'Quelle est votre galette préférée ?'],
      ['Mettez un like si vous aimez le chocolat', 'Quel est votre chocolat préféré ?'],
      ['Likez si vous aimez les croissants 🥐', 'Qu’est-ce que vous aimez le plus dans les croissants ? 🥐'],
      ['Likez si l’été vous manque ☀️', 'Qu’est-ce qui vous manque le plus de l’été ? ☀️'],
      ['Aimez si vous êtes d’accord', 'Êtes-vous d’accord ? Qu’ajouteriez-vous ?'],
      ['Likez si tu aimes la musique', 'Quelle est ta musique préférée ?'],
      ['Notre galette est de retour, likez si vous l’aimez', null],
      ['Likez si vous aimez la galette, et partagez', null],
      ['Likez si vous voulez la recette', null],
      ['Likez ce post !', null],
    ],
  },
  {
    rule: 'begging/share',
    lang: 'en',
    rows: [
      ['Retweet if you agree', 'Do you agree? What would you add?'],
      ['Share if you remember the old town hall', 'What do you remember most about the old town hall?'],
      ['Share this everywhere!', null],
    ],
  },
  {
    rule: 'begging/share',
    lang: 'fr',
    rows: [
      ['Partagez si vous aimez la galette', 'Quelle est votre galette préférée ?'],
      ['Partage si tu aimes la galette des rois', 'Qu’est-ce que tu aimes le plus dans la galette des rois ?'],
      ['Partagez si vous êtes d’accord avec nous.', 'Êtes-vous d’accord avec nous ? Pourquoi ?'],
      ['Partagez un maximum !', null],
    ],
  },
  {
    rule: 'begging/empty-comment',
    lang: 'en',
    rows: [
      ['Comment YES if you agree', 'Do you agree? What would you add?'],
      ['Type 1 if you love our croissants', 'What do you love most about our croissants?'],
      ['Comment YES if you want the link', null],
    ],
  },
  {
    rule: 'begging/empty-comment',
    lang: 'fr',
    rows: [
      ['Tapez 1 si vous aimez la galette', 'Quelle est votre galette préférée ?'],
      [
        'Commentez OUI si vous aimez notre nouvelle baguette !',
        'Qu’est-ce que vous aimez le plus dans notre nouvelle baguette ?',
      ],
      ['Tapez 1 pour la galette, 2 pour le flan', null],
    ],
  },
  {
    rule: 'self-centred/brag',
    lang: 'en',
    rows: [
      ['We are so proud to announce our new bakery in Lyon!', '[What it brings your readers]: our new bakery in Lyon.'],
      [
        "I'm thrilled to announce that I've joined the town hall as youth officer 🎉",
        "[What it brings your readers]: I've joined the town hall as youth officer. 🎉",
      ],
      ['Our shop is the best in town!', null],
      ['Another award for our amazing team.', null],
    ],
  },
  {
    rule: 'self-centred/brag',
    lang: 'fr',
    rows: [
      [
        'Nous sommes fiers d’annoncer l’ouverture de notre boulangerie à Lyon !',
        '[Ce que ça apporte à vos lecteurs] : l’ouverture de notre boulangerie à Lyon.',
      ],
      [
        'Heureux de vous annoncer que la mairie ouvre une nouvelle médiathèque !',
        '[Ce que ça apporte à vos lecteurs] : la mairie ouvre une nouvelle médiathèque.',
      ],
      ['Nous sommes les meilleurs de la ville !', null],
    ],
  },
  {
    rule: 'missing-value/teaser',
    lang: 'en',
    rows: [
      [
        'New blog post, check it out: example.com/post',
        'New blog post: [in one sentence: what the reader will learn or get from it]. example.com/post',
      ],
      [
        'New video out now! Link in bio',
        'New video out now: [in one sentence: what the reader will learn or get from it]. Link in bio',
      ],
      ['Check it out!!!', null],
    ],
  },
  {
    rule: 'missing-value/teaser',
    lang: 'fr',
    rows: [
      [
        'Nouvel article sur le blog, allez voir : example.com/article',
        'Nouvel article sur le blog : [en une phrase : ce que le lecteur va y apprendre ou y trouver]. example.com/article',
      ],
      [
        'Nouvelle vidéo en ligne ! Lien en bio',
        'Nouvelle vidéo en ligne : [en une phrase : ce que le lecteur va y apprendre ou y trouver]. Lien en bio',
      ],
      ['Allez voir !!!', null],
    ],
  },
  {
    rule: 'replies/boilerplate',
    kind: 'reply',
    lang: 'en',
    rows: [
      [
        'Sorry for the inconvenience, please DM us.',
        'Sorry about [what went wrong]. We are [what we are doing about it] and will [fix it / write back here] by [date].',
      ],
      [
        'Hi Sam, thank you for your feedback. Please DM us',
        'Hi Sam, sorry about [what went wrong]. We are [what we are doing about it] and will [fix it / write back here] by [date].',
      ],
    ],
  },
  {
    rule: 'replies/boilerplate',
    kind: 'reply',
    lang: 'fr',
    rows: [
      [
        'Bonjour Marie, désolés pour la gêne occasionnée, contactez-nous en MP.',
        'Bonjour Marie, désolés pour [ce qui n’a pas marché]. Nous [ce que nous faisons pour le régler] et nous revenons vers vous ici d’ici le [date].',
      ],
    ],
  },
];

describe('rewrites: the writer’s own sentence, done better', () => {
  for (const { rule, kind, lang, rows } of TABLE) {
    describe(`${rule} (${lang})`, () => {
      for (const [draft, rewritten] of rows) {
        it(`${JSON.stringify(draft)} → ${rewritten === null ? 'no rewrite' : JSON.stringify(rewritten)}`, () => {
          const got = applied(draft, { rule, lang, ...(kind && { kind }) });
          expect(got ?? null).toBe(rewritten === null ? null : lang === 'fr' ? narrow(rewritten) : rewritten);
        });
      }
    });
  }

  it('writes in the draft’s language whatever the messages’ language', () => {
    const draft = 'Likez si vous aimez la galette !';
    const report = analyze(draft, { platform: 'facebook', messageLang: 'en' });
    expect(report.language).toBe('fr');
    const finding = report.findings.find((f) => f.rule === 'begging/like')!;
    expect(finding.message).toBe('Asking for likes or reactions');
    expect(finding.rewrite?.text).toBe('Quelle est votre galette préférée\u202F?');
    const english = analyze('Like if you miss summer', { platform: 'x', messageLang: 'fr' });
    expect(english.findings[0]!.rewrite?.text).toBe('What do you miss most about summer?');
  });

  it('offers a shared rewrite once, and none on rules it cannot rewrite safely', () => {
    const report = analyze('Sorry for the inconvenience, please DM us.', { platform: 'x', kind: 'reply' });
    expect(report.findings.filter((f) => f.rule === 'replies/boilerplate')).toHaveLength(2);
    expect(report.findings.filter((f) => f.rewrite)).toHaveLength(1);
    const shouting = analyze('WE ARE OPEN ON SUNDAY MORNINGS', { platform: 'x' });
    expect(shouting.findings.some((f) => f.rule === 'formulas/shouting')).toBe(true);
    expect(shouting.findings.every((f) => f.rewrite === undefined)).toBe(true);
  });

  it('gives findings that still match the schema', () => {
    for (const { rule, kind, lang, rows } of TABLE) {
      for (const [draft] of rows) {
        const report = analyze(draft, { platform: 'facebook', lang, ...(kind && { kind }) });
        for (const f of report.findings) expect(FindingSchema.safeParse(f).success, `${rule} ${draft}`).toBe(true);
      }
    }
  });

  describe('odd input never throws and never points outside the draft', () => {
    const big = `${'Likez si vous aimez la galette ! Une ligne de plus sans rien. '.repeat(16_000)}`.slice(
      0,
      1_000_000,
    );
    const cases: [string, string][] = [
      ['1 MB draft', big],
      ['1 MB without punctuation', `like if you love ${'galette '.repeat(125_000)}`],
      ['emoji only', '🥧🥧🥧 ❤️ if you 🥧'],
      ['emoji inside the clause', 'Like if you love 🍕 pizza 🍕'],
      ['mixed scripts', 'Like if you love 東京 and Москва'],
      ['RTL and combining marks', 'Likez si vous aimez la crème brûlée ́ مرحبا'],
      ['lone surrogates', 'Like if you love \uD83D summer \uDE00'],
      ['empty', ''],
      ['only spaces', '   \n\t '],
    ];
    for (const [name, text] of cases) {
      it(name, () => {
        // The engine's own cost on a 1 MB draft is the engine's test; one kind is enough here.
        for (const kind of text.length > 10_000 ? (['post'] as const) : (['post', 'reply'] as const)) {
          const report = analyze(text, { platform: 'linkedin', kind });
          for (const f of report.findings) {
            if (!f.rewrite) continue;
            expect(f.rewrite.start).toBeGreaterThanOrEqual(0);
            expect(f.rewrite.end).toBeLessThanOrEqual(text.length);
            expect(f.rewrite.start).toBeLessThan(f.rewrite.end);
            expect(f.rewrite.text.trim()).not.toBe('');
          }
        }
      });
    }

    it('every rewriter on a 1 MB draft, at its start, middle and end', () => {
      for (const text of [big, `Like if you love ${'🥧'.repeat(500_000)}`]) {
        for (const rule of ['begging/like', 'self-centred/brag', 'missing-value/teaser', 'replies/boilerplate']) {
          for (const at of [0, text.length >> 1, text.length - 2]) {
            for (const lang of ['en', 'fr'] as const) {
              const rw = rewriteFor(rule, text, { start: at, end: at + 2 }, lang);
              if (rw) expect(rw.end).toBeLessThanOrEqual(text.length);
            }
          }
        }
      }
    });

    it('rewriteFor with spans outside the text or unknown rules gives nothing', () => {
      expect(rewriteFor('begging/like', 'Like if you love pizza', { start: 5, end: 500 }, 'en')).toBeUndefined();
      expect(rewriteFor('begging/like', 'Like if you love pizza', { start: 3, end: 1 }, 'en')).toBeUndefined();
      expect(rewriteFor('formulas/shouting', 'Like if you love pizza', { start: 0, end: 4 }, 'en')).toBeUndefined();
      expect(rewriteFor('begging/like', 'Like if you love pizza', { start: 0, end: 4 }, 'en')?.text).toBe(
        'What do you love most about pizza?',
      );
    });
  });
});
