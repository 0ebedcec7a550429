/**
 * sharing: a post whose only links go to the author's own sites exists to push
 * traffic; a link to someone else's work is a good sign ("what works"). Which
 * sites are the author's is a setting (`ownDomains`): without it, nothing here
 * speaks.
 */
import type { Analyzer, Context, RawFinding } from '../kit/engine';
import { computeSignals } from '../signals';
import { defineAnalyzer } from '../kit/define';
import { en } from './en';
import { fr } from './fr';

declare module '../kit/vocabulary' {
  interface CategoryNames {
    sharing: true;
  }
}

/** The host of a link as written in a post: `https://www.Atelier.fr/blog?x` -> `atelier.fr`. */
export function hostOf(link: string): string {
  const rest = link.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  let end = rest.length;
  for (const stop of ['/', '?', '#', ':']) {
    const at = rest.indexOf(stop);
    if (at >= 0 && at < end) end = at;
  }
  return rest
    .slice(0, end)
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}

const isOwn = (host: string, own: readonly string[]) => own.some((d) => host === d || host.endsWith(`.${d}`));

interface Links {
  own: [number, number][];
  others: [number, number][];
}

const linksOf = (ctx: Context): Links =>
  ctx.memo('sharing/links', () => {
    const links: Links = { own: [], others: [] };
    for (const i of ctx.positions.url) {
      const t = ctx.tokens[i]!;
      (isOwn(hostOf(t.text), ctx.ownDomains) ? links.own : links.others).push([t.start, t.end]);
    }
    return links;
  });

/** The first link to someone else's site, when the author's own sites are known. */
export function othersContent(ctx: Context): readonly [number, number] | null {
  if (ctx.ownDomains.length === 0) return null;
  return linksOf(ctx).others[0] ?? null;
}

function ownLinkOnly(ctx: Context): RawFinding[] {
  if (ctx.ownDomains.length === 0 || ctx.kind !== 'post') return [];
  const { own, others } = linksOf(ctx);
  if (own.length === 0 || others.length > 0) return [];
  // A post that also gives something (a tip, a figure, a question) is more than a signpost: a hint at most.
  const gives = computeSignals(ctx).valueKinds.size > 0;
  return [{ rule: 'sharing/own-link-only', confidence: gives ? 0.5 : 0.8, span: own[0]! }];
}

export const sharing: Analyzer = {
  id: 'sharing',
  category: 'sharing',
  run: (ctx) => ownLinkOnly(ctx),
};

export const sharingModule = defineAnalyzer({
  id: 'sharing',
  category: 'sharing',
  texts: { en, fr },
  // Reads AnalyzeOptions.ownDomains: without them it cannot tell whose site a link goes to.
  rules: { 'sharing/own-link-only': { severity: 'warning' } },
  analyzers: [sharing],
});
