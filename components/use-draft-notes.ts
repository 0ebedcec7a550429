import { useCallback, useEffect, useState } from 'react';
import { draftNotesItem, EMPTY_NOTES, readNotes, updateNotes, type DraftNotes } from '@/utils/draft-notes';

/** One draft's notes (dismissed hints, ticked questions), shared live between the side panel and the popup. */
export function useDraftNotes(key: string | null): [DraftNotes, (change: (n: DraftNotes) => DraftNotes) => void] {
  const [notes, setNotes] = useState<DraftNotes>(EMPTY_NOTES);
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
      void updateNotes(key, change).catch((error: unknown) => console.warn('[post-coach] could not save', error));
    },
    [key],
  );
  return [notes, update];
}
