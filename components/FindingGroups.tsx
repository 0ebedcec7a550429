import { useState } from 'react';
import { CATEGORIES } from '@/analyzers';
import type { Category, Finding } from '@/analyzers/kit/types';
import { t } from '@/utils/i18n';
import { categoryLabel, categoryText, packRuleLabel, ruleLabel } from './labels';
import { RichText } from './RichText';
import { plainText } from '@/utils/rich-text';

const EXCERPT_MAX = 160;

export interface FindingActions {
  /** Scroll the draft view to this finding's words. */
  show?(index: number): void;
  dismiss?(finding: Finding): void;
  mute?(rule: string): void;
}

/** Categories with a warning first, then by number of findings, then in the engine's order. */
export function groupFindings(findings: readonly Finding[]): [Category, { finding: Finding; index: number }[]][] {
  const groups = new Map<Category, { finding: Finding; index: number }[]>();
  findings.forEach((finding, index) => {
    const list = groups.get(finding.category) ?? [];
    list.push({ finding, index });
    groups.set(finding.category, list);
  });
  const weight = (list: { finding: Finding }[]) => list.filter((x) => x.finding.severity === 'warning').length;
  return [...groups.entries()]
    .map(([category, list]) => {
      list.sort((a, b) => Number(b.finding.severity === 'warning') - Number(a.finding.severity === 'warning'));
      return [category, list] as [Category, typeof list];
    })
    .sort(
      ([ca, a], [cb, b]) =>
        Math.sign(weight(b)) - Math.sign(weight(a)) ||
        b.length - a.length ||
        CATEGORIES.indexOf(ca) - CATEGORIES.indexOf(cb),
    );
}

export function FindingGroups({
  findings,
  text,
  learning,
  actions,
  testId,
  draftLang,
}: {
  findings: readonly Finding[];
  text: string;
  learning: boolean;
  actions: FindingActions;
  testId: string;
  /** The draft's language: a rewrite is in it, whatever the UI's. */
  draftLang?: string;
}) {
  return (
    <div className="finding-groups" data-testid={testId}>
      {groupFindings(findings).map(([category, list]) => (
        <section
          key={category}
          className="finding-group"
          data-group={category}
          aria-labelledby={`${testId}-${category}`}
        >
          <h3 id={`${testId}-${category}`}>
            {categoryLabel(category)} <span className="count">({list.length})</span>
          </h3>
          {learning && category !== 'house-rules' && <LearningCard category={category} />}
          <ul>
            {list.map(({ finding, index }) => (
              <FindingItem
                key={`${finding.rule}-${finding.start ?? 'all'}-${index}`}
                finding={finding}
                index={index}
                text={text}
                learning={learning}
                actions={actions}
                draftLang={draftLang}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Severity as a symbol for the eye; the words stay for screen readers. */
const SEVERITY_ICON = { warning: '⚠', hint: 'ℹ' } as const;

function FindingItem({
  finding: f,
  index,
  text,
  learning,
  actions,
  draftLang,
}: {
  finding: Finding;
  index: number;
  text: string;
  learning: boolean;
  actions: FindingActions;
  draftLang?: string | undefined;
}) {
  const excerpt = f.start !== undefined ? text.slice(f.start, f.end) : undefined;
  const shown = excerpt && excerpt.length > EXCERPT_MAX ? `${excerpt.slice(0, EXCERPT_MAX)}…` : excerpt;
  const message = f.source ? <RichText html={f.message} /> : f.message;
  const quote =
    shown !== undefined &&
    (actions.show ? (
      <button type="button" className="excerpt" onClick={() => actions.show?.(index)} title={t('showInDraft')}>
        <q>{shown}</q>
      </button>
    ) : (
      <q className="excerpt">{shown}</q>
    ));
  const body = (
    <>
      {f.source && (
        <p className="source" data-source={f.source}>
          {t('fromPack', f.source)}
        </p>
      )}
      {learning ? (
        <details className="why" open>
          <summary>{t('whyLabel')}</summary>
          <Why finding={f} />
        </details>
      ) : (
        <Why finding={f} />
      )}
      <BetterWay finding={f} draftLang={draftLang} />
      <Actions finding={f} actions={actions} />
    </>
  );
  const attrs = { 'data-rule': f.rule, 'data-category': f.category, 'data-severity': f.severity };
  if (learning) {
    return (
      <li className="finding" {...attrs}>
        <p className="finding-head">
          <span className="severity">{t(`severity_${f.severity}`)}</span> <strong>{message}</strong>
        </p>
        {quote}
        {body}
      </li>
    );
  }
  // Live mode: one line (what, on which words); the why and the better way one click away.
  return (
    <li className="finding compact" {...attrs}>
      <details>
        <summary title={t('hintOpen')}>
          <span className="severity-icon" aria-hidden="true">
            {SEVERITY_ICON[f.severity]}
          </span>
          <span className="severity visually-hidden">{t(`severity_${f.severity}`)}</span>{' '}
          <span className="line">
            <strong>{message}</strong>
            {shown !== undefined && (
              <>
                {' '}
                <q>{shown}</q>
              </>
            )}
          </span>
        </summary>
        {quote}
        {body}
      </details>
    </li>
  );
}

/** The hint's own reason, then (for built-in rules) the principle and where it comes from. */
function Why({ finding: f }: { finding: Finding }) {
  return (
    <>
      <RichText as="p" html={f.why} />
      {!f.source && (
        <>
          <RichText as="p" html={categoryText(f.category, 'principle')} />
          <p className="source">{categoryText(f.category, 'source')}</p>
        </>
      )}
    </>
  );
}

/** The writer's own sentence reworked when the engine could do it safely, else the tips. */
function BetterWay({ finding: f, draftLang }: { finding: Finding; draftLang?: string | undefined }) {
  if (f.rewrite) {
    return (
      <div className="better rewrite" data-testid="rewrite" data-rewrite="">
        <p className="better-title">{t('rewriteTitle')}</p>
        <p>
          <q lang={draftLang}>{f.rewrite.text}</q> <CopyButton text={f.rewrite.text} />
        </p>
      </div>
    );
  }
  return (
    <div className="better">
      <p className="better-title">{t('betterWay')}</p>
      <ul>
        {f.suggestions.map((s) => (
          <li key={s}>
            <RichText html={s} /> <CopyButton text={plainText(s)} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function Actions({ finding: f, actions }: { finding: Finding; actions: FindingActions }) {
  if (!actions.dismiss && !actions.mute) return null;
  return (
    <div className="actions">
      {actions.dismiss && (
        <button type="button" onClick={() => actions.dismiss?.(f)} data-action="dismiss">
          {t('dismiss')}
        </button>
      )}
      {actions.mute && (
        <button
          type="button"
          onClick={() => actions.mute?.(f.rule)}
          data-action="mute"
          aria-label={t('muteRuleNamed', f.source ? packRuleLabel(f.source, f.message) : ruleLabel(f.rule))}
        >
          {t('muteRule')}
        </button>
      )}
    </div>
  );
}

/** Copies a better way to the clipboard: the coach never writes into the editor itself. */
function CopyButton({ text }: { text: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () => {
    navigator.clipboard
      .writeText(text)
      .then(() => setState('copied'))
      .catch(() => setState('failed'));
  };
  return (
    <>
      <button type="button" className="copy" onClick={copy} aria-label={t('copySuggestion', text)}>
        {t('copy')}
      </button>
      <span role="status" className="copy-state">
        {state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : ''}
      </span>
    </>
  );
}

/** Learning mode: the longer explanation and a weak and a strong version for the category. */
export function LearningCard({ category }: { category: Category }) {
  return (
    <aside className="learning" data-learning={category}>
      <RichText as="p" html={categoryText(category, 'learn')} />
      <dl>
        <dt>{t('exampleWeak')}</dt>
        <dd>{categoryText(category, 'weak')}</dd>
        <dt>{t('exampleStrong')}</dt>
        <dd>{categoryText(category, 'strong')}</dd>
      </dl>
    </aside>
  );
}
