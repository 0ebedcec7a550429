import { pick } from '@/analyzers/house-rules';
import { t, uiLanguageOf } from '@/utils/i18n';
import { RichText } from './RichText';
import { useSettings } from './settings-context';

/** Learning mode: the community norms the team wrote in its house-rule packs, if any. */
export function NormsCard() {
  const packs = useSettings((s) => s.packs);
  const lang = uiLanguageOf(useSettings((s) => s.settings.uiLanguage));
  const norms = packs.filter((p) => p.enabled && p.norms).map((p) => ({ name: p.name, text: pick(p.norms, lang)! }));
  if (norms.length === 0) return null;
  return (
    <section className="learning norms" aria-labelledby="norms-title" data-testid="norms">
      <h2 id="norms-title">{t('normsTitle')}</h2>
      {norms.map((n) => (
        <div key={n.name} data-pack={n.name}>
          <p className="source">{n.name}</p>
          <RichText as="p" html={n.text} />
        </div>
      ))}
    </section>
  );
}
