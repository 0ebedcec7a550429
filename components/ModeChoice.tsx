import { t } from '@/utils/i18n';
import { useSettings } from './settings-context';

type Mode = 'live' | 'learning';

const MODES: { mode: Mode; label: string; short: string; desc: string }[] = [
  { mode: 'live', label: 'modeLive', short: 'modeLiveShort', desc: 'modeLiveDesc' },
  { mode: 'learning', label: 'modeLearning', short: 'modeLearningShort', desc: 'modeLearningDesc' },
];

/** The panel's mode and a way to set it; a mode set by the organisation's policy is not the user's to change. */
function useMode() {
  const learning = useSettings((s) => s.settings.learningMode);
  const chosen = useSettings((s) => s.settings.modeChosen);
  const locked = useSettings((s) => 'learningMode' in s.managed.settings);
  const update = useSettings((s) => s.update);
  const choose = (mode: Mode) => void update({ learningMode: mode === 'learning', modeChosen: true });
  return { mode: (learning ? 'learning' : 'live') as Mode, chosen: chosen || locked, locked, choose };
}

/** First run: how will the coach be used? Asked once, above everything, until answered. */
export function FirstRunChoice() {
  const { chosen, choose } = useMode();
  if (chosen) return null;
  // The question goes away with the button that had the focus: hand it to the switch, which says the mode chosen.
  const answer = (mode: Mode) => {
    choose(mode);
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>('input[name="panel-mode"]:checked')?.focus());
  };
  return (
    <section className="first-run" aria-labelledby="first-run-title" data-testid="first-run">
      <h2 id="first-run-title">{t('modeQuestion')}</h2>
      <div className="first-run-choices">
        {MODES.map(({ mode, label, desc }) => (
          <button
            key={mode}
            type="button"
            data-choice={mode}
            aria-describedby={`first-run-${mode}`}
            onClick={() => answer(mode)}
          >
            <strong>{t(label)}</strong>
            <span id={`first-run-${mode}`}>{t(desc)}</span>
          </button>
        ))}
      </div>
      <p className="note">{t('modeLater')}</p>
    </section>
  );
}

/**
 * The switch between the two modes: short in the panel's bar, with each
 * mode's description in the options page. Choosing here answers the first-run question too.
 */
export function ModeSwitch({ long = false }: { long?: boolean }) {
  const { mode, locked, choose } = useMode();
  return (
    <fieldset className={long ? 'mode-switch long' : 'mode-switch'} data-testid="mode-switch" disabled={locked}>
      <legend className={long ? undefined : 'visually-hidden'}>{long ? t('optLearning') : t('modeSwitch')}</legend>
      {MODES.map((m) => (
        <label key={m.mode} className={long ? 'row' : undefined}>
          <input
            type="radio"
            name="panel-mode"
            value={m.mode}
            checked={mode === m.mode}
            // A click (mouse, Space, or the arrow keys, which click the radio they move to) chooses,
            // even on the mode already shown: on a first run that is still an answer.
            onClick={() => choose(m.mode)}
            onChange={() => undefined}
          />
          {long ? (
            <span>
              <strong>{t(m.label)}</strong> · {t(m.desc)}
            </span>
          ) : (
            <span>{t(m.short)}</span>
          )}
        </label>
      ))}
    </fieldset>
  );
}
