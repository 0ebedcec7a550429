/**
 * The one protocol between the content script, the background and the
 * extension pages. Senders build these plain objects; every receiver parses
 * with the zod schemas in `message-schemas.ts` and ignores anything else.
 */
import type { BoxKind, Platform, Report, Sensitivity } from '@/analyzers/kit/types';
import type { UiLanguage } from './settings';
import type { HousePack } from '@/analyzers/house-rules/types';

/** The latest coaching of one composer, as the side panel and popup show it. */
export interface ComposerReport {
  composerId: string;
  platform: Platform;
  kind: BoxKind;
  /** The draft as read; kept in memory and session storage only, never on disk. */
  text: string;
  report: Report;
  /** ms since epoch. */
  at: number;
}

/** From a content script to the background. */
export type ContentMessage =
  | { type: 'coach/report'; entry: ComposerReport }
  | { type: 'coach/clear'; composerId: string }
  | { type: 'coach/open-panel' }
  | { type: 'coach/settings' }
  /**
   * A draft the user typed is gone (posted, cleared, closed): the background
   * fingerprints it with the install's key and keeps only the fingerprint.
   */
  | { type: 'coach/remember'; text: string; platform: Platform }
  /** From the card on a mark: hide this hint for this draft (`findingKey`), as the panel's Dismiss does. */
  | { type: 'coach/dismiss'; composerId: string; key: string }
  /** From the card on a mark: mute the rule everywhere, as the panel's Mute does. */
  | { type: 'coach/mute'; rule: string };

/** The background's answer to `coach/settings`: what the content script needs of the settings, validated. */
export interface ContentSettings {
  sites: Record<Platform, boolean>;
  /** Rules and categories to leave out (turned off or muted). */
  off: string[];
  sensitivity: Sensitivity;
  uiLanguage: UiLanguage;
  /** The team's house-rule packs, validated by the background. */
  houseRules: HousePack[];
  ownDomains: string[];
}

/** From an extension page to the background. */
export type PageMessage = { type: 'panel/get'; tabId: number };

/** From the background to extension pages: a tab's reports changed. */
export type BroadcastMessage = { type: 'panel/changed'; tabId: number };

export interface TabReports {
  /** The composer written in last. */
  active: string | null;
  composers: Record<string, ComposerReport>;
}

export interface PanelState {
  tabId: number;
  entry: ComposerReport | null;
}
