/**
 * The one protocol between the content script, the background and the
 * extension pages. A draft reaches the panel in one hop each way: the content
 * script sends `coach/report`, the background parses it (the trust boundary:
 * content scripts live in web pages) and stores it, then pushes the tab's
 * state as `panel/report` to every open side panel and popup. A page asks
 * (`panel/get`) only once, when it opens or starts following another tab.
 */
import type { BoxKind, Platform, Report } from '@/analyzers/kit/types';
import type { AnalysisSettings } from './analysis-options';

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

/**
 * The background's answer to `coach/settings`: where to coach, and the analysis
 * options made from the settings in force and the enabled packs (`analysisOptions`).
 */
export interface ContentSettings {
  type: 'coach/settings';
  sites: Record<Platform, boolean>;
  options: AnalysisSettings;
}

/** From an extension page to the background: the tab's state, answered as a `PanelMessage`. */
export type PageMessage = { type: 'panel/get'; tabId: number };

/**
 * From the background to the extension pages, each time a tab's active
 * composer changes (a report, a clear, the tab closed), and as the answer to
 * `panel/get`: the whole state, so a page never asks again.
 */
export interface PanelMessage {
  type: 'panel/report';
  tabId: number;
  entry: ComposerReport | null;
}

export interface TabReports {
  /** The composer written in last. */
  active: string | null;
  composers: Record<string, ComposerReport>;
}
