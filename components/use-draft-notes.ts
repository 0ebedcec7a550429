import { useCallback, useEffect, useState } from 'react';
import { draftNotesItem, EMPTY_NOTES, readNotes, updateNotes, type DraftNotes } from '@/utils/draft-notes';

/** One draft's notes (dismissed hints, ticked questions), shared live between the side panel and the popup. */
export function useDraftNotes(
  key: string | null,
): [DraftNotes, (change: (n: DraftNotes) => DraftNotes) => void, string | null] {
  const [notes, setNotes] = useState<DraftNotes>(EMPTY_NOTES);
  /** Why the last change could not be saved; the page says it, and shows what is stored. */
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!key) return setNotes(EMPTY_NOTES);
    let current = true;
    const load = () => void readNotes(key).then((n) => current && setNotes(n));
    load();
    const unwatch = draftNotesItem.watch(load);
    return () => {
      current = false;
      unwatch();
    };
  }, [key]);
  const update = useCallback(
    (change: (n: DraftNotes) => DraftNotes) => {
      if (!key) return;
      setNotes((n) => change(n));
      setError(null);
      void updateNotes(key, change).catch((e: unknown) => {
        setError(e instanceof Error ? e.message : String(e));
        void readNotes(key).then(setNotes, () => setNotes(EMPTY_NOTES));
      });
    },
    [key],
  );
  return [notes, update, error];
}
