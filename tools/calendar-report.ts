/**
 * `coach --report calendar.html`: one self-contained HTML file over a content
 * calendar. A card per post (its text with the flagged words marked, the hints,
 * why, better ways) and charts drawn as inline SVG: nothing is loaded from
 * anywhere (the page's own Content Security Policy forbids it), it prints on
 * paper, and every text from the calendar is escaped.
 */
import type { Lang, Report } from '../analyzers/kit/types';
import { normalize, tokenize } from '../analyzers/kit/text';
import { timeOf } from './calendar';

export interface ReportEntry {
  line: number;
  id: string | number;
  platform?: string;
  date?: string;
  text: string;
  report?: Report;
  skipped?: string;
}

const L = {
  en: {
    title: 'Content calendar: coach report',
    posts: (n: number, skipped: number) => `${n} posts coached${skipped ? `, ${skipped} skipped` : ''}`,
    average: 'average score',
    scoreWeek: 'Community score per week',
    scoreWeekNote: 'Average score of the week’s posts (0–100).',
    value: 'Give the reader something, or only promote?',
    valueNote:
      'Posts with a tip, a figure, a question, a story or someone else’s work, against posts flagged as bare promotion.',
    gives: 'gives something',
    promo: 'pure promotion',
    neither: 'neither',
    begging: 'Begging per week',
    beggingNote: 'Hints asking for likes, shares, follows or comments.',
    repeats: 'Repeats and cross-posts',
    repeatsNote: 'Posts that say again what an earlier post of the calendar said, on the same site or another.',
    repeat: 'repeats',
    cross: 'cross-posts',
    hashtags: 'Hashtags used',
    hashtagsNote: 'How often each hashtag appears over the calendar.',
    none: 'none',
    noHints: 'No hints: nothing here begs, brags or leaves the reader empty-handed.',
    why: 'Why',
    better: 'Better',
    skipped: 'Skipped',
    line: 'line',
    week: 'week of',
    posts7: (a: number, b: number) => `posts ${a}–${b}`,
    warning: 'warning',
    hint: 'hint',
    works: 'What works',
    score: 'score',
    cards: 'Posts',
  },
  fr: {
    title: 'Calendrier éditorial : rapport du coach',
    posts: (n: number, skipped: number) => `${n} posts analysés${skipped ? `, ${skipped} ignorés` : ''}`,
    average: 'score moyen',
    scoreWeek: 'Score communauté par semaine',
    scoreWeekNote: 'Score moyen des posts de la semaine (0–100).',
    value: 'Donner quelque chose au lecteur, ou seulement promouvoir ?',
    valueNote:
      'Posts avec un conseil, un chiffre, une question, une histoire ou le travail d’un autre, face aux posts signalés comme pure promotion.',
    gives: 'donne quelque chose',
    promo: 'pure promotion',
    neither: 'ni l’un ni l’autre',
    begging: 'Sollicitations par semaine',
    beggingNote: 'Remarques sur les demandes de likes, partages, abonnements ou commentaires.',
    repeats: 'Répétitions et publications croisées',
    repeatsNote: 'Posts qui redisent ce qu’un post précédent du calendrier disait, sur le même site ou un autre.',
    repeat: 'répétitions',
    cross: 'publications croisées',
    hashtags: 'Hashtags utilisés',
    hashtagsNote: 'Combien de fois chaque hashtag apparaît dans le calendrier.',
    none: 'aucun',
    noHints: 'Aucune remarque : rien ici ne quémande, ne se vante ni ne laisse le lecteur les mains vides.',
    why: 'Pourquoi',
    better: 'Mieux',
    skipped: 'Ignoré',
    line: 'ligne',
    week: 'semaine du',
    posts7: (a: number, b: number) => `posts ${a} à ${b}`,
    warning: 'attention',
    hint: 'conseil',
    works: 'Ce qui marche',
    score: 'score',
    cards: 'Posts',
  },
} as const;

/** What the reader gets: the engine's "what works" lines that are content, not tone. */
const GIVES = new Set([
  'tip',
  'figure',
  'question',
  'story',
  'event',
  'explanation',
  'list',
  'benefit',
  'others-content',
]);

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The text with the findings' spans marked; overlapping spans make one mark. */
export function markedText(text: string, report: Report | undefined): string {
  const spans = (report?.findings ?? [])
    .filter((f) => f.start !== undefined && f.end !== undefined)
    .map((f) => [f.start!, f.end!, f.severity] as const)
    .sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (let i = 0; i < spans.length;) {
    let [start, end, severity] = spans[i]!;
    for (i++; i < spans.length && spans[i]![0] < end; i++) {
      end = Math.max(end, spans[i]![1]);
      if (spans[i]![2] === 'warning') severity = 'warning';
    }
    if (start < at) start = at;
    out += escapeHtml(text.slice(at, start));
    out += `<mark class="${severity}">${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return out + escapeHtml(text.slice(at));
}

interface Bar {
  label: string;
  values: number[];
}

/** Vertical bars (stacked when several values), as inline SVG with its numbers written on it. */
function barChart(bars: readonly Bar[], colours: readonly string[], max: number, label: string): string {
  if (bars.length === 0) return '<p class="empty">—</p>';
  const width = Math.max(320, bars.length * 56);
  const height = 190;
  const plot = height - 50;
  const step = width / bars.length;
  const parts = bars.map((bar, i) => {
    let y = plot + 20;
    const x = i * step + step * 0.2;
    const w = step * 0.6;
    const rects = bar.values.map((v, k) => {
      const h = max > 0 ? (v / max) * plot : 0;
      y -= h;
      return h > 0
        ? `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" fill="${colours[k]}"><title>${escapeHtml(`${bar.label}: ${v}`)}</title></rect>`
        : '';
    });
    const total = bar.values.reduce((a, b) => a + b, 0);
    return `${rects.join('')}<text x="${(x + w / 2).toFixed(1)}" y="${(y - 4).toFixed(1)}" class="num">${Math.round(total * 10) / 10}</text><text x="${(x + w / 2).toFixed(1)}" y="${height - 12}" class="label">${escapeHtml(bar.label)}</text>`;
  });
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(label)}" xmlns="http://www.w3.org/2000/svg"><line x1="0" y1="${plot + 20}" x2="${width}" y2="${plot + 20}" class="axis"/>${parts.join('')}</svg>`;
}

/** Horizontal bars, one per row: for named counts (hashtags, shares). */
function rowChart(rows: readonly { label: string; value: number; colour: string }[], label: string): string {
  if (rows.length === 0) return '<p class="empty">—</p>';
  const max = Math.max(...rows.map((r) => r.value), 1);
  const rowHeight = 26;
  const labelWidth = 130;
  const width = 340;
  const parts = rows.map((r, i) => {
    const w = ((width - labelWidth - 40) * r.value) / max;
    const y = i * rowHeight;
    return `<text x="${labelWidth - 8}" y="${y + 17}" class="rlabel">${escapeHtml(r.label)}</text><rect x="${labelWidth}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowHeight - 8}" fill="${r.colour}"/><text x="${(labelWidth + w + 6).toFixed(1)}" y="${y + 17}" class="rnum">${r.value}</text>`;
  });
  return `<svg class="chart" viewBox="0 0 ${width} ${rows.length * rowHeight}" role="img" aria-label="${escapeHtml(label)}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

/** Monday of the week holding `time`, as YYYY-MM-DD. */
function weekOf(time: number): string {
  const d = new Date(time);
  const day = (d.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day)).toISOString().slice(0, 10);
}

/** The coached posts grouped by week (by their dates), or by runs of seven when the calendar has no dates. */
function byWeek(entries: readonly ReportEntry[], lang: Lang): { label: string; entries: ReportEntry[] }[] {
  const coached = entries.filter((e) => e.report);
  const dated = coached.map((e) => ({ e, t: timeOf(e.date) }));
  if (dated.length > 0 && dated.every((d) => d.t !== undefined)) {
    const groups = new Map<string, ReportEntry[]>();
    for (const { e, t } of [...dated].sort((a, b) => a.t! - b.t!)) {
      const key = weekOf(t!);
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    return [...groups].map(([key, list]) => ({ label: `${L[lang].week} ${key.slice(5)}`, entries: list }));
  }
  const out: { label: string; entries: ReportEntry[] }[] = [];
  for (let i = 0; i < coached.length; i += 7) {
    out.push({ label: L[lang].posts7(i + 1, Math.min(i + 7, coached.length)), entries: coached.slice(i, i + 7) });
  }
  return out;
}

function hashtagsOf(text: string): string[] {
  return tokenize(normalize(text).text)
    .tokens.filter((t) => t.kind === 'hashtag')
    .map((t) => `#${t.text}`);
}

const COLOURS = {
  score: '#2f6fb0',
  gives: '#2e8b57',
  promo: '#c0392b',
  neither: '#a0a4a8',
  begging: '#d35400',
  repeat: '#8e44ad',
  cross: '#16a085',
  tag: '#2f6fb0',
};

function card(e: ReportEntry, lang: Lang): string {
  const l = L[lang];
  const head = `<header><span class="where">${escapeHtml(`${l.line} ${e.line}`)}${e.id !== e.line ? ` · ${escapeHtml(String(e.id))}` : ''}${e.date ? ` · ${escapeHtml(e.date)}` : ''}${e.platform ? ` · ${escapeHtml(e.platform)}` : ''}</span>${e.report ? `<span class="score" data-score="${e.report.score}">${e.report.score}<small>/100</small></span>` : ''}</header>`;
  if (!e.report) {
    return `<article class="card skipped" data-line="${e.line}">${head}<p class="text">${escapeHtml(e.text)}</p><p class="skip">${escapeHtml(`${l.skipped}: ${e.skipped ?? ''}`)}</p></article>`;
  }
  const hints = e.report.findings.map((f) => {
    const excerpt = f.start !== undefined ? `<q>${escapeHtml(e.text.slice(f.start, f.end))}</q> ` : '';
    const better = f.suggestions.map((s) => `<li>${escapeHtml(s)}</li>`).join('');
    return `<li class="hint ${f.severity}" data-rule="${escapeHtml(f.rule)}"><p><span class="sev">${l[f.severity]}</span> ${excerpt}${escapeHtml(f.message)}${f.source ? ` <span class="source">(${escapeHtml(f.source)})</span>` : ''}</p><p class="why"><b>${l.why}:</b> ${escapeHtml(f.why)}</p><div class="better"><b>${l.better}:</b><ul>${better}</ul></div></li>`;
  });
  const works = e.report.strengths.length
    ? `<p class="works"><b>${l.works}:</b> ${escapeHtml(e.report.strengths.map((s) => s.message).join(' · '))}</p>`
    : '';
  return `<article class="card" data-line="${e.line}">${head}<p class="text">${markedText(e.text, e.report)}</p>${works}${hints.length ? `<ol class="hints">${hints.join('')}</ol>` : `<p class="clean">${l.noHints}</p>`}</article>`;
}

/** The whole report, as one HTML document. */
export function calendarReport(entries: readonly ReportEntry[], lang: Lang): string {
  const l = L[lang];
  const coached = entries.filter((e): e is ReportEntry & { report: Report } => e.report !== undefined);
  const skipped = entries.length - coached.length;
  const mean = coached.length ? Math.round(coached.reduce((n, e) => n + e.report.score, 0) / coached.length) : 0;
  const weeks = byWeek(entries, lang);
  const count = (list: readonly ReportEntry[], test: (rule: string, category: string) => boolean) =>
    list.reduce((n, e) => n + (e.report?.findings.filter((f) => test(f.rule, f.category)).length ?? 0), 0);

  const scoreChart = barChart(
    weeks.map((w) => ({
      label: w.label,
      values: [Math.round(w.entries.reduce((n, e) => n + e.report!.score, 0) / w.entries.length)],
    })),
    [COLOURS.score],
    100,
    l.scoreWeek,
  );
  let gives = 0;
  let promo = 0;
  // What the engine flags as giving nothing counts first: a discount code with a figure is still promotion.
  for (const e of coached) {
    if (e.report.findings.some((f) => f.category === 'missing-value')) promo++;
    else if (e.report.strengths.some((s) => GIVES.has(s.id))) gives++;
  }
  const valueChart = rowChart(
    [
      { label: l.gives, value: gives, colour: COLOURS.gives },
      { label: l.promo, value: promo, colour: COLOURS.promo },
      { label: l.neither, value: coached.length - gives - promo, colour: COLOURS.neither },
    ],
    l.value,
  );
  const beggingBars = weeks.map((w) => ({ label: w.label, values: [count(w.entries, (_, c) => c === 'begging')] }));
  const beggingChart = barChart(
    beggingBars,
    [COLOURS.begging],
    Math.max(1, ...beggingBars.map((b) => b.values[0]!)),
    l.begging,
  );
  const repeatBars = weeks.map((w) => ({
    label: w.label,
    values: [
      count(w.entries, (r) => r === 'repetition/repeat'),
      count(w.entries, (r) => r === 'repetition/cross-post'),
    ],
  }));
  const repeatChart = barChart(
    repeatBars,
    [COLOURS.repeat, COLOURS.cross],
    Math.max(1, ...repeatBars.map((b) => b.values[0]! + b.values[1]!)),
    l.repeats,
  );
  const tags = new Map<string, number>();
  for (const e of coached) for (const tag of hashtagsOf(e.text)) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  const tagChart = rowChart(
    [...tags]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 20)
      .map(([label, value]) => ({ label, value, colour: COLOURS.tag })),
    l.hashtags,
  );
  const legend = (items: [string, string][]) =>
    `<p class="legend">${items.map(([c, t]) => `<span><i style="background:${c}"></i>${escapeHtml(t)}</span>`).join('')}</p>`;

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${l.title}</title>
<style>${CSS}</style>
</head>
<body>
<header class="top"><h1>${l.title}</h1><p>${l.posts(coached.length, skipped)} · ${l.average} <b data-testid="average">${mean}</b>/100</p></header>
<section class="charts">
<figure data-chart="score-per-week"><figcaption><h2>${l.scoreWeek}</h2><p>${l.scoreWeekNote}</p></figcaption>${scoreChart}</figure>
<figure data-chart="value-vs-promotion"><figcaption><h2>${l.value}</h2><p>${l.valueNote}</p></figcaption>${valueChart}</figure>
<figure data-chart="begging-per-week"><figcaption><h2>${l.begging}</h2><p>${l.beggingNote}</p></figcaption>${beggingChart}</figure>
<figure data-chart="repeats"><figcaption><h2>${l.repeats}</h2><p>${l.repeatsNote}</p></figcaption>${repeatChart}${legend(
    [
      [COLOURS.repeat, l.repeat],
      [COLOURS.cross, l.cross],
    ],
  )}</figure>
<figure data-chart="hashtags"><figcaption><h2>${l.hashtags}</h2><p>${l.hashtagsNote}</p></figcaption>${tagChart}</figure>
</section>
<h2 class="cards-title">${l.cards}</h2>
<section class="cards">
${entries.map((e) => card(e, lang)).join('\n')}
</section>
</body>
</html>
`;
}

const CSS = `
:root { color-scheme: light; --ink: #1d2125; --muted: #5f6770; --line: #d9dde1; --warn: #fde2dc; --hint: #fff3c4; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0 auto; max-width: 1100px; padding: 24px; background: #f6f7f8; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.05rem; margin: 0 0 2px; }
.top p { margin: 0 0 16px; color: var(--muted); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 16px; }
figure { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 14px; break-inside: avoid; }
figcaption p { margin: 0 0 8px; color: var(--muted); font-size: .85rem; }
.chart { width: 100%; height: auto; }
.chart .axis { stroke: var(--line); }
.chart text { font: 12px system-ui, sans-serif; fill: var(--ink); }
.chart .label, .chart .num { text-anchor: middle; }
.chart .rlabel { text-anchor: end; }
.legend span { margin-right: 14px; font-size: .85rem; }
.legend i { display: inline-block; width: 10px; height: 10px; margin-right: 5px; border-radius: 2px; }
.cards-title { margin: 28px 0 10px; font-size: 1.2rem; }
.cards { display: grid; gap: 14px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; break-inside: avoid; }
.card header { display: flex; justify-content: space-between; align-items: baseline; color: var(--muted); font-size: .85rem; }
.card .score { font-size: 1.4rem; font-weight: 700; color: var(--ink); }
.card .score small { font-size: .8rem; color: var(--muted); font-weight: 400; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 8px 0; padding: 10px; background: #fafbfc; border-radius: 6px; }
mark { background: var(--hint); border-bottom: 2px solid #e0b400; padding: 0 1px; }
mark.warning { background: var(--warn); border-bottom-color: #c0392b; }
.hints { margin: 8px 0 0; padding-left: 20px; }
.hint { margin-bottom: 10px; }
.hint p { margin: 0; }
.sev { display: inline-block; font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; padding: 0 6px; border-radius: 4px; background: var(--hint); }
.hint.warning .sev { background: var(--warn); }
.why { color: var(--muted); font-size: .9rem; }
.better ul { margin: 2px 0 0; padding-left: 18px; }
.better { font-size: .9rem; }
.source { color: var(--muted); }
.works { color: #2e6b45; font-size: .9rem; margin: 4px 0; }
.clean { color: #2e6b45; }
.skipped { opacity: .75; }
.skip { color: var(--muted); font-style: italic; }
.empty { color: var(--muted); }
@media print {
  body { background: #fff; padding: 0; max-width: none; font-size: 11pt; }
  figure, .card { border-color: #bbb; box-shadow: none; }
  .charts { grid-template-columns: 1fr 1fr; }
  mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .chart rect, .legend i, .sev { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
