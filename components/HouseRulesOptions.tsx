import { useRef, useState } from 'react';
import type { HousePack } from '@/analyzers/house-rules/types';
import type { FileProblem } from '@/utils/file-problems';
import { exportHousePack, parseHousePack } from '@/utils/house-rules';
import { t } from '@/utils/i18n';
import { useSettings } from './settings-context';

/** House-rule packs: import from a file or pasted text (checked first), switch on and off, remove, export. */
export function HouseRulesOptions() {
  const packs = useSettings((s) => s.packs);
  const addPack = useSettings((s) => s.addPack);
  const setPackEnabled = useSettings((s) => s.setPackEnabled);
  const removePack = useSettings((s) => s.removePack);
  const [problems, setProblems] = useState<FileProblem[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const importText = async (text: string) => {
    const result = parseHousePack(text);
    if (!result.ok) {
      setProblems(result.problems);
      setStatus(null);
      return false;
    }
    setProblems(null);
    const replacing = packs.some((p) => p.id === result.pack.id);
    await addPack(result.pack);
    setStatus(t(replacing ? 'packReplaced' : 'packImported', result.pack.name, String(result.pack.rules.length)));
    return true;
  };

  const onFile = (file: File | undefined) => {
    if (!file) return;
    file
      .text()
      .then(importText)
      .catch((error: unknown) => setProblems([{ field: '(file)', reason: String(error) }]))
      .finally(() => {
        if (fileInput.current) fileInput.current.value = '';
      });
  };

  const download = (pack: HousePack) => {
    const url = URL.createObjectURL(new Blob([exportHousePack(pack)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${pack.id}.house-rules.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <fieldset data-testid="house-rules">
      <legend>{t('optHouseRules')}</legend>
      <p className="hint-text">{t('optHouseRulesDesc')}</p>
      {packs.length === 0 ? (
        <p>{t('packsNone')}</p>
      ) : (
        <ul className="packs">
          {packs.map((pack) => (
            <li key={pack.id} data-pack={pack.id}>
              <label className="row">
                <input
                  type="checkbox"
                  checked={pack.enabled}
                  onChange={(e) => void setPackEnabled(pack.id, e.target.checked)}
                />
                <span>
                  <strong>{pack.name}</strong> · {t('packSummary', String(pack.version), String(pack.rules.length))}
                </span>
              </label>
              <span className="buttons indent">
                <button type="button" onClick={() => download(pack)} aria-label={t('packExportNamed', pack.name)}>
                  {t('packExport')}
                </button>
                <button
                  type="button"
                  onClick={() => void removePack(pack.id)}
                  aria-label={t('packRemoveNamed', pack.name)}
                >
                  {t('packRemove')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="buttons">
        <label className="file-button">
          {t('packImportFile')}
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            data-testid="pack-file"
            onChange={(e) => onFile(e.target.files?.[0])}
          />
        </label>
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
      {problems && (
        <div role="alert" className="notice" data-testid="pack-error">
          <p>{t('packRefused')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                <code>{p.field}</code>
                {p.line !== undefined && ` (${t('lineN', String(p.line))})`}: {p.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {status && (
        <p role="status" data-testid="pack-status">
          {status}
        </p>
      )}
    </fieldset>
  );
}
