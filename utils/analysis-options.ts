/**
 * The one mapping from what the user chose to what `analyze` takes, for every
 * caller: the background (for the content script and its repetition check),
 * the paste-in checker and the command line. Pure: no storage, no browser API.
 */
import type { AnalyzeOptions, Lang, Sensitivity } from '@/analyzers/kit/types';
import type { HousePack } from '@/analyzers/house-rules/types';

/** The settings that shape an analysis; a caller without one (the CLI) leaves it out and gets the default. */
export interface AnalysisChoices {
  disabledRules?: readonly string[];
  mutedRules?: readonly string[];
  sensitivity?: Sensitivity;
  ownDomains?: readonly string[];
}

/** What the settings add to an analysis; the caller adds the draft's platform, kind and stage. */
export type AnalysisSettings = Required<Pick<AnalyzeOptions, 'messageLang' | 'settings'>> &
  Pick<AnalyzeOptions, 'houseRules' | 'ownDomains'>;

/** What `analyze` must leave out: turned off in the options, or muted from a hint. */
export function offRules(choices: Pick<AnalysisChoices, 'disabledRules' | 'mutedRules'>): string[] {
  return [...new Set([...(choices.disabledRules ?? []), ...(choices.mutedRules ?? [])])];
}

/**
 * `messageLang`: the coach's language (the extension resolves its setting with
 * `uiLanguageOf`), or `auto` for the draft's own (the CLI). Packs switched off
 * are left out here, so no caller ships them.
 */
export function analysisOptions(
  choices: AnalysisChoices,
  { messageLang, packs = [] }: { messageLang: Lang | 'auto'; packs?: readonly HousePack[] },
): AnalysisSettings {
  const houseRules = packs.filter((pack) => pack.enabled);
  return {
    messageLang,
    settings: { disabledRules: offRules(choices), sensitivity: choices.sensitivity ?? 'normal' },
    ...(houseRules.length > 0 && { houseRules }),
    ...(choices.ownDomains?.length && { ownDomains: [...choices.ownDomains] }),
  };
}
