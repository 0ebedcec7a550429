/**
 * What the writer did with one draft, for this browser session only: the hints
 * dismissed in the side panel and the checklist questions ticked in the popup.
 * Session storage (memory, never disk), keyed by tab and composer, validated on
 * every read, capped, and forgotten with the tab.
 */
import { storage } from 'wxt/utils/storage';
import { z } from './zod';

export interface DraftNotes {
  /** Finding keys (`rule|excerpt`) hidden for this draft. */
  dismissed: string[];
  /** Reflective checklist questions the writer ticked. */
  answers: string[];
}

const MAX_DRAFTS = 50;

const NotesSchema = z.record(
  z.string().max(100),
  z.object({
    dismissed: z.array(z.string().max(2000)).max(500),
    answers: z.array(z.string().max(40)).max(20),
  }),
);

export const draftNotesItem = storage.defineItem<unknown>('session:draftNotes', { fallback: {} });

export const draftKey = (tabId: number, composerId: string) => `${tabId}:${composerId}`;
export const EMPTY_NOTES: DraftNotes = Object.freeze({ dismissed: [], answers: [] }) as DraftNotes;

/** All notes; an unreadable value is dropped with a warning (it holds nothing that cannot be redone). */
export async function readAllNotes(): Promise<Record<string, DraftNotes>> {
  const raw = await draftNotesItem.getValue().catch(() => ({}));
  const parsed = NotesSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.warn('[post-coach] unreadable draft notes in session storage, starting afresh');
  return {};
}

export async function readNotes(key: string): Promise<DraftNotes> {
  return (await readAllNotes())[key] ?? EMPTY_NOTES;
}

export async function updateNotes(key: string, change: (notes: DraftNotes) => DraftNotes): Promise<DraftNotes> {
  const all = await readAllNotes();
  const next = change(all[key] ?? EMPTY_NOTES);
  delete all[key];
  all[key] = next; // most recent last: the oldest go first past the cap
  const keys = Object.keys(all);
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_DRAFTS))) delete all[old];
  await draftNotesItem.setValue(all);
  return next;
}

export async function forgetTabNotes(tabId: number): Promise<void> {
  const all = await readAllNotes();
  const prefix = `${tabId}:`;
  const kept = Object.fromEntries(Object.entries(all).filter(([key]) => !key.startsWith(prefix)));
  if (Object.keys(kept).length !== Object.keys(all).length) await draftNotesItem.setValue(kept);
}
