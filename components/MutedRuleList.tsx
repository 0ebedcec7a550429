import { t } from '@/utils/i18n';
import { useRuleLabel } from './labels';
import { useSettings } from './settings-context';

/** The rules muted everywhere, each with its way back. */
export function MutedRuleList() {
  const muted = useSettings((s) => s.settings.mutedRules);
  const unmute = useSettings((s) => s.unmute);
  const ruleLabel = useRuleLabel();
  if (muted.length === 0) return <p>{t('mutedNone')}</p>;
  return (
    <ul>
      {muted.map((rule) => (
        <li key={rule} data-muted={rule}>
          {ruleLabel(rule)}{' '}
          <button type="button" onClick={() => void unmute(rule)} aria-label={t('unmuteNamed', ruleLabel(rule))}>
            {t('unmute')}
          </button>
        </li>
      ))}
    </ul>
  );
}
