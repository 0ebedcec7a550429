import { useEffect, useState } from 'react';
import { t } from '@/utils/i18n';
import { addProfile, profilesItem, readProfiles, removeProfile, switchProfile, type Profiles } from '@/utils/profiles';

/**
 * The brand profile in use: a picker in the side panel (shown once there are
 * two), and in the options page the list, with adding and removing.
 */
export function ProfilePicker({ manage = false }: { manage?: boolean }) {
  const [profiles, setProfiles] = useState<Profiles | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const load = () => void readProfiles(t('profileDefault')).then(setProfiles);
    load();
    return profilesItem.watch(load);
  }, []);
  if (!profiles || (!manage && profiles.names.length < 2)) return null;

  const run = (action: () => Promise<Profiles>) =>
    void action().then(
      (next) => {
        setProfiles(next);
        setError(null);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  const picker = (
    <label className="profile-picker">
      {t('profileLabel')}{' '}
      <select
        data-testid="profile-picker"
        value={profiles.active}
        onChange={(e) => run(() => switchProfile(e.target.value, t('profileDefault')))}
      >
        {profiles.names.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
  if (!manage) return picker;
  return (
    <fieldset data-testid="profiles">
      <legend>{t('profilesTitle')}</legend>
      <p className="hint-text">{t('profilesDesc')}</p>
      {picker}
      <ul className="packs">
        {profiles.names.map((p) => (
          <li key={p.id} data-profile={p.id}>
            <strong>{p.name}</strong>
            {p.id !== profiles.active && (
              <button
                type="button"
                onClick={() => run(() => removeProfile(p.id, t('profileDefault')))}
                aria-label={t('profileRemoveNamed', p.name)}
              >
                {t('packRemove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <label htmlFor="profile-name">{t('profileNew')}</label>{' '}
      <input id="profile-name" value={name} maxLength={60} onChange={(e) => setName(e.target.value)} />{' '}
      <button
        type="button"
        data-action="add-profile"
        disabled={!name.trim()}
        onClick={() => run(() => addProfile(name, t('profileDefault')).finally(() => setName('')))}
      >
        {t('profileAdd')}
      </button>
      {error && (
        <p role="alert" className="notice">
          {error}
        </p>
      )}
    </fieldset>
  );
}
