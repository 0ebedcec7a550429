import { useEffect, useState } from 'react';
import { clearHistory, draftHistoryItem, readHistory } from '@/utils/draft-history';
import { CATEGORIES, PLATFORMS, RULE_IDS, SENSITIVITIES } from '@/analyzers';
import type { Category } from '@/analyzers/kit/types';
import { t, tn } from '@/utils/i18n';
import {
  DOMAIN_RE,
  exportSettings,
  parseSettingsFile,
  UI_LANGUAGES,
  type ImportProblem,
  type Settings,
} from '@/utils/settings';
import { forgetRejectedPacks, readRejectedPacks, rejectedPacksItem } from '@/utils/house-rules';
import { categoryLabel, ruleLabel, siteName } from './labels';
import { useSettings } from './settings-context';
import { HouseRulesOptions } from './HouseRulesOptions';
import { downloadFile, FileImportButton, ImportProblems } from './file-import';
import { MutedRuleList } from './MutedRuleList';
import { ProfilePicker } from './ProfilePicker';
import { ModeSwitch } from './ModeChoice';

const rulesOf = (category: Category) => RULE_IDS.filter((id) => id.startsWith(`${category}/`));
/** House rules are switched pack by pack in their own section. */
const TOGGLED = CATEGORIES.filter((c) => c !== 'house-rules');

/** Beside a locked control: who set it. */
export function ManagedBadge({ field }: { field: string }) {
  return (
    <span className="managed" data-managed={field}>
      {t('managedBy')}
    </span>
  );
}

/** The page's sections, in order: ids for the in-page nav, headings from _locales. */
export const OPTION_SECTIONS = ['general', 'brand', 'hints', 'data'] as const;
type SectionId = (typeof OPTION_SECTIONS)[number];

/** A section starts at its heading (siblings, not a wrapper, so the groups below stay as they are). */
const SectionHeading = ({ id }: { id: SectionId }) => (
  <h2 id={`section-${id}`} className="options-section">
    {t(`optSection_${id}`)}
  </h2>
);

/** The options page: where the coach runs, how it speaks, which rules, and a backup of it all, in sections. */
export function OptionsPage() {
  const settings = useSettings((s) => s.settings);
  const update = useSettings((s) => s.update);
  const managed = useSettings((s) => s.managed);
  const locked = (key: keyof Settings) => key in managed.settings;
  return (
    <main className="options">
      <header className="options-head">
        <h1>{t('optionsTitle')}</h1>
        <nav aria-label={t('optNavLabel')} className="options-nav" data-testid="options-nav">
          <ul>
            {OPTION_SECTIONS.map((id) => (
              <li key={id}>
                <a href={`#section-${id}`}>{t(`optSection_${id}`)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <p className="hint-text">{t('privacyNote')}</p>
      {(Object.keys(managed.settings).length > 0 || managed.packs.length > 0) && (
        <p className="notice" role="note" data-testid="managed-notice">
          {t('managedNotice')}
        </p>
      )}
      <RejectedValue />
      <RejectedPacks />

      <SectionHeading id="general" />
      <fieldset disabled={locked('sites')}>
        <legend>
          {t('optSites')} {locked('sites') && <ManagedBadge field="sites" />}
        </legend>
        {PLATFORMS.map((p) => (
          <label key={p} className="row">
            <input
              type="checkbox"
              name={`site-${p}`}
              checked={settings.sites[p]}
              onChange={(e) => void update({ sites: { ...settings.sites, [p]: e.target.checked } })}
            />
            {siteName(p)}
          </label>
        ))}
      </fieldset>

      <fieldset disabled={locked('sensitivity')}>
        <legend>
          {t('optSensitivity')} {locked('sensitivity') && <ManagedBadge field="sensitivity" />}
        </legend>
        {SENSITIVITIES.map((level) => (
          <label key={level} className="row">
            <input
              type="radio"
              name="sensitivity"
              value={level}
              checked={settings.sensitivity === level}
              onChange={() => void update({ sensitivity: level })}
            />
            <span>
              <strong>{t(`sensitivity_${level}`)}</strong> · {t(`sensitivity_${level}_desc`)}
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('optDisplay')}</legend>
        <label htmlFor="ui-language">
          {t('optLanguage')} {locked('uiLanguage') && <ManagedBadge field="uiLanguage" />}
        </label>
        <select
          id="ui-language"
          disabled={locked('uiLanguage')}
          value={settings.uiLanguage}
          onChange={(e) => void update({ uiLanguage: e.target.value as Settings['uiLanguage'] })}
        >
          {UI_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`language_${l}`)}
            </option>
          ))}
        </select>
        <ModeSwitch long />
        {locked('learningMode') && <ManagedBadge field="learningMode" />}
      </fieldset>

      <SectionHeading id="brand" />
      <ProfilePicker manage />
      <HouseRulesOptions />
      <SectionHeading id="hints" />
      <RuleToggles />
      <MutedList />
      <OwnDomains />
      <SectionHeading id="data" />
      <History />
      <Backup />
    </main>
  );
}

/** The fingerprints behind the repetition hints: on or off, how many, and a way to forget them. */
function History() {
  const remember = useSettings((s) => s.settings.rememberDrafts);
  const update = useSettings((s) => s.update);
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    const load = () => void readHistory().then((h) => setCount(h.length));
    load();
    return draftHistoryItem.watch(load);
  }, []);
  return (
    <fieldset data-testid="history">
      <legend>{t('optHistory')}</legend>
      <label className="row">
        <input
          type="checkbox"
          name="remember-drafts"
          checked={remember}
          onChange={(e) => {
            void update({ rememberDrafts: e.target.checked });
            // Off means off: what was kept goes too.
            if (!e.target.checked) void clearHistory();
          }}
        />
        <span>
          <strong>{t('optHistoryRemember')}</strong> · {t('optHistoryDesc')}
        </span>
      </label>
      <p>
        <span data-testid="history-count">{tn('historyCount', count ?? 0)}</span>{' '}
        <button type="button" data-action="clear-history" disabled={!count} onClick={() => void clearHistory()}>
          {t('historyClear')}
        </button>
      </p>
    </fieldset>
  );
}

/** The user's own sites, one per line; saved only when every line is a domain. */
function OwnDomains() {
  const saved = useSettings((s) => s.settings.ownDomains);
  const update = useSettings((s) => s.update);
  const [text, setText] = useState(saved.join('\n'));
  const [bad, setBad] = useState<string[]>([]);
  const [done, setDone] = useState(false);
  const save = () => {
    const lines = text
      .split(/[\s,]+/)
      .map((l) =>
        l
          .trim()
          .toLowerCase()
          .replace(/^https?:\/\//, '')
          .replace(/^www\./, '')
          .replace(/\/.*$/, ''),
      )
      .filter(Boolean);
    const wrong = lines.filter((l) => !DOMAIN_RE.test(l));
    setBad(wrong);
    setDone(false);
    if (wrong.length) return;
    void update({ ownDomains: [...new Set(lines)].slice(0, 50) }).then(() => setDone(true));
  };
  return (
    <fieldset>
      <legend>{t('optOwnDomains')}</legend>
      <label htmlFor="own-domains" className="hint-text">
        {t('optOwnDomainsDesc')}
      </label>
      <textarea id="own-domains" rows={3} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
      <button type="button" onClick={save} data-action="save-domains">
        {t('optOwnDomainsSave')}
      </button>
      {bad.length > 0 && (
        <p role="alert" className="notice" data-testid="domains-error">
          {t('optOwnDomainsBad', bad.join(', '))}
        </p>
      )}
      {done && <p role="status">{t('optOwnDomainsSaved')}</p>}
    </fieldset>
  );
}

function RuleToggles() {
  const settings = useSettings((s) => s.settings);
  const update = useSettings((s) => s.update);
  const disabled = new Set(settings.disabledRules);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(disabled);
    if (on) next.delete(id);
    else next.add(id);
    void update({ disabledRules: [...next] });
  };
  return (
    <fieldset>
      <legend>{t('optRules')}</legend>
      <p className="hint-text">{t('optRulesDesc')}</p>
      {TOGGLED.map((category) => (
        <fieldset key={category} className="category" data-category={category}>
          <legend>
            <label className="row">
              <input
                type="checkbox"
                name={`category-${category}`}
                checked={!disabled.has(category)}
                onChange={(e) => toggle(category, e.target.checked)}
              />
              {categoryLabel(category)}
            </label>
          </legend>
          {rulesOf(category).map((rule) => (
            <label key={rule} className="row indent">
              <input
                type="checkbox"
                name={`rule-${rule}`}
                data-rule={rule}
                checked={!disabled.has(rule)}
                disabled={disabled.has(category)}
                onChange={(e) => toggle(rule, e.target.checked)}
              />
              {ruleLabel(rule)}
            </label>
          ))}
        </fieldset>
      ))}
    </fieldset>
  );
}

function MutedList() {
  const hasMuted = useSettings((s) => s.settings.mutedRules.length > 0);
  const update = useSettings((s) => s.update);
  return (
    <fieldset data-testid="options-muted">
      <legend>{t('optMuted')}</legend>
      <MutedRuleList />
      {hasMuted && (
        <button type="button" onClick={() => void update({ mutedRules: [] })}>
          {t('unmuteAll')}
        </button>
      )}
    </fieldset>
  );
}

/** Export, import (validated first: a bad file changes nothing) and reset. */
function Backup() {
  const settings = useSettings((s) => s.settings);
  const update = useSettings((s) => s.update);
  const reset = useSettings((s) => s.reset);
  const [problems, setProblems] = useState<ImportProblem[] | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);

  const download = () => {
    downloadFile('post-coach-settings.json', exportSettings(settings));
    setDone(t('exportDone'));
  };

  const importText = async (text: string) => {
    const result = parseSettingsFile(text);
    if (!result.ok) {
      setProblems(result.problems);
      setDone(null);
      return;
    }
    setProblems(null);
    const saved = await update(result.settings);
    setDone(saved.ok ? t('importDone') : null);
    if (!saved.ok) setProblems([{ field: '(storage)', reason: t('importNotSaved', saved.error) }]);
  };

  return (
    <fieldset>
      <legend>{t('optBackup')}</legend>
      <p className="hint-text">{t('optBackupDesc')}</p>
      <p className="buttons">
        <button type="button" onClick={download} data-action="export">
          {t('exportSettings')}
        </button>
        <FileImportButton
          label={t('importSettings')}
          testId="import-file"
          onText={importText}
          onError={(problem) => setProblems([problem])}
        />
        {confirmReset ? (
          <>
            <button
              type="button"
              data-action="reset-confirm"
              onClick={() => {
                setConfirmReset(false);
                void reset().then((saved) => setDone(saved.ok ? t('resetDone') : t('resetNotSaved', saved.error)));
              }}
            >
              {t('resetConfirm')}
            </button>
            <button type="button" onClick={() => setConfirmReset(false)}>
              {t('cancel')}
            </button>
          </>
        ) : (
          <button type="button" data-action="reset" onClick={() => setConfirmReset(true)}>
            {t('resetSettings')}
          </button>
        )}
      </p>
      {problems && <ImportProblems problems={problems} refused={t('importRefused')} testId="import-error" />}
      {done && (
        <p role="status" data-testid="backup-status">
          {done}
        </p>
      )}
    </fieldset>
  );
}

/** The unreadable stored value, kept aside: visible, downloadable in a glance, and discardable. */
function RejectedValue() {
  const rejected = useSettings((s) => s.rejected);
  const forget = useSettings((s) => s.forgetRejected);
  if (!rejected) return null;
  return (
    <details className="notice" data-testid="rejected-settings">
      <summary>
        {rejected.at === null ? t('rejectedTitleUnknown') : t('rejectedTitle', new Date(rejected.at).toLocaleString())}
      </summary>
      <ul>
        {rejected.problems.map((p) => (
          <li key={p}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
      <pre>{shown(rejected.value)}</pre>
      <button type="button" onClick={() => void forget()}>
        {t('rejectedForget')}
      </button>
    </details>
  );
}

/** A stored value as text for a glance: JSON when it can be, cut short (the download has it all). */
function shown(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 20_000 ? `${text.slice(0, 20_000)}…` : text;
}

/** House-rule packs set aside (damaged, or past the limit): kept until the user downloads or discards them. */
function RejectedPacks() {
  const [kept, setKept] = useState<unknown[]>([]);
  useEffect(() => {
    const load = () => void readRejectedPacks().then(setKept, () => setKept([]));
    load();
    return rejectedPacksItem.watch(load);
  }, []);
  if (!kept.length) return null;
  return (
    <details className="notice" data-testid="rejected-packs">
      <summary>{t('rejectedPacksTitle', String(kept.length))}</summary>
      <p className="buttons">
        <button
          type="button"
          onClick={() => downloadFile('post-coach-packs-set-aside.json', `${JSON.stringify(kept, null, 2)}\n`)}
        >
          {t('rejectedPacksDownload')}
        </button>
        <button type="button" onClick={() => void forgetRejectedPacks()}>
          {t('rejectedPacksForget')}
        </button>
      </p>
      <pre>{shown(kept)}</pre>
    </details>
  );
}
