import { useState } from 'react';
import { downloadFile, FileImportButton, ImportProblems } from './file-import';
import type { HousePack } from '@/analyzers/house-rules/types';
import type { FileProblem } from '@/utils/file-problems';
import { exportHousePack, parseHousePack } from '@/utils/house-rules';
import { t, tn } from '@/utils/i18n';
import { useSettings } from './settings-context';

/** House-rule packs: import from a file or pasted text (checked first), switch on and off, remove, export. */
export function HouseRulesOptions() {
  const packs = useSettings((s) => s.packs);
  const addPack = useSettings((s) => s.addPack);
  const setPackEnabled = useSettings((s) => s.setPackEnabled);
  const removePack = useSettings((s) => s.removePack);
  const managedPacks = useSettings((s) => s.managed.packs);
  const managedIds = new Set(managedPacks.map((p) => p.id));
  const [problems, setProblems] = useState<FileProblem[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');

  const importText = async (text: string) => {
    const result = parseHousePack(text);
    if (!result.ok) {
      setProblems(result.problems);
      setStatus(null);
      return false;
    }
    setProblems(null);
    const replacing = packs.some((p) => p.id === result.pack.id);
    const saved = await addPack(result.pack);
    if (!saved.ok) {
      // Not stored (storage full, too many packs): say so, never "imported".
      setStatus(null);
      setProblems([{ field: '(storage)', reason: t('packNotSaved', saved.error) }]);
      return false;
    }
    setStatus(
      tn(
        replacing ? 'packReplaced' : 'packImported',
        result.pack.rules.length,
        result.pack.name,
        String(result.pack.rules.length),
      ),
    );
    return true;
  };

  const download = (pack: HousePack) => downloadFile(`${pack.id}.house-rules.json`, exportHousePack(pack));

  return (
    <fieldset data-testid="house-rules">
      <legend>{t('optHouseRules')}</legend>
      <p className="hint-text">{t('optHouseRulesDesc')}</p>
      {packs.length === 0 ? (
        <p>{t('packsNone')}</p>
      ) : (
        <ul className="packs">
          {packs.map((pack) => {
            const managed = managedIds.has(pack.id);
            return (
              <li key={pack.id} data-pack={pack.id} {...(managed && { 'data-managed': 'pack' })}>
                <label className="row">
                  <input
                    type="checkbox"
                    disabled={managed}
                    checked={pack.enabled}
                    onChange={(e) => void setPackEnabled(pack.id, e.target.checked)}
                  />
                  <span>
                    <strong>{pack.name}</strong> ·{' '}
                    {tn('packSummary', pack.rules.length, String(pack.version), String(pack.rules.length))}
                    {managed && <span className="managed"> · {t('managedBy')}</span>}
                  </span>
                </label>
                <span className="buttons indent">
                  <button type="button" onClick={() => download(pack)} aria-label={t('packExportNamed', pack.name)}>
                    {t('packExport')}
                  </button>
                  {!managed && (
                    <button
                      type="button"
                      onClick={() => void removePack(pack.id)}
                      aria-label={t('packRemoveNamed', pack.name)}
                    >
                      {t('packRemove')}
                    </button>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <p className="buttons">
        <FileImportButton
          label={t('packImportFile')}
          testId="pack-file"
          onText={importText}
          onError={(problem) => setProblems([problem])}
        />
      </p>
      <label htmlFor="pack-text">{t('packPasteLabel')}</label>
      <textarea id="pack-text" rows={6} value={pasted} onChange={(e) => setPasted(e.target.value)} spellCheck={false} />
      <button
        type="button"
        data-action="import-pasted"
        disabled={!pasted.trim()}
        onClick={() => void importText(pasted).then((ok) => ok && setPasted(''))}
      >
        {t('packImportPasted')}
      </button>
      {problems && <ImportProblems problems={problems} refused={t('packRefused')} testId="pack-error" />}
      {status && (
        <p role="status" data-testid="pack-status">
          {status}
        </p>
      )}
    </fieldset>
  );
}
