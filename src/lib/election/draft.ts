/**
 * Keeps the half-filled calculator form in this browser across reloads, under its own key —
 * never the learning-progress key — through the one record store (storage/record-store.ts):
 * reading never throws; anything unreadable (damaged, from a newer site, or not ours) is
 * reported, not used, and not written over until the user clears the form; nothing is sent
 * anywhere.
 */
import {
  openRecordStore,
  storeNotice,
  type Decoded,
  type StorageLike,
  type StoreStatus,
} from '../storage/record-store';
import { emptyForm, type BoxRow, type CandidateRow, type FormState, type RelativeRow } from './form';
import { POSTS } from './types';

export const DRAFT_KEY = 'hj-election-calc';
export const DRAFT_VERSION = 1;

/** As stored: `{"v":1,"form":{…}}`. */
export interface Draft {
  v: typeof DRAFT_VERSION;
  form: FormState;
}

export const draftOf = (form: FormState): Draft => ({ v: DRAFT_VERSION, form });

function decodeDraft(value: unknown): Decoded<Draft> {
  const version = (value as { v?: unknown } | null)?.v;
  if (typeof version === 'number' && version > DRAFT_VERSION) return { ok: false, reason: 'newer' };
  const form = version === 1 ? decodeV1((value as { form?: unknown }).form) : null;
  return form ? { ok: true, data: draftOf(form) } : { ok: false, reason: 'invalid' };
}

/**
 * Opens the draft on `getStorage`. It does not follow other tabs: the form on screen is what the
 * user is typing, and each change saves it whole.
 */
export const openDraftStore = (getStorage: () => StorageLike | null) =>
  openRecordStore(DRAFT_KEY, decodeDraft, () => draftOf(emptyForm()), getStorage);

/** What the calculator says when it cannot keep the form (null when it can). */
export const draftNotice = (status: StoreStatus): string | null =>
  storeNotice(status, {
    record: '核算表格',
    changes: '录入的内容',
    wayOut: '点“清空表格”后可重新保存。',
  });

const str = (v: unknown): v is string => typeof v === 'string' && v.length <= 200;
const obj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): v is unknown[] => Array.isArray(v) && v.length <= 200;
const KINDS = ['village', 'community-all', 'community-household', 'community-representatives'];
const POST_VALUES = ['', 'write-in', ...POSTS];

/** Version 1: every field checked by type, so a hand-edited or damaged value is refused whole. */
function decodeV1(raw: unknown): FormState | null {
  if (!obj(raw)) return null;
  const f = raw;
  const base = emptyForm();
  if (![f.place, f.date, f.registered, f.voters, f.invalid, f.reCast].every(str) || !KINDS.includes(f.kind as string))
    return null;
  if (!obj(f.seats) || !POSTS.every((p) => str((f.seats as Record<string, unknown>)[p]))) return null;
  if (!list(f.boxes) || !list(f.candidates) || !list(f.relatives) || !obj(f.reVotes)) return null;
  const boxes = f.boxes.map((b) =>
    obj(b) && [b.id, b.name, b.issued, b.returned].every(str) ? (b as unknown as BoxRow) : null,
  );
  const candidates = f.candidates.map((c) =>
    obj(c) &&
    [c.id, c.name].every(str) &&
    ['', 'female', 'male'].includes(c.sex as string) &&
    POST_VALUES.includes(c.nominatedFor as string) &&
    obj(c.votes) &&
    Object.entries(c.votes).every(([k, v]) => (POSTS as readonly string[]).includes(k) && str(v))
      ? (c as unknown as CandidateRow)
      : null,
  );
  const relatives = f.relatives.map((r) =>
    obj(r) && [r.id, r.a, r.b].every(str) ? (r as unknown as RelativeRow) : null,
  );
  if ([...boxes, ...candidates, ...relatives].includes(null) || !Object.values(f.reVotes).every(str)) return null;
  return {
    ...base,
    place: f.place as string,
    date: f.date as string,
    kind: f.kind as FormState['kind'],
    registered: f.registered as string,
    voters: f.voters as string,
    invalid: f.invalid as string,
    seats: f.seats as FormState['seats'],
    boxes: boxes as BoxRow[],
    candidates: candidates as CandidateRow[],
    relatives: relatives as RelativeRow[],
    reCast: f.reCast as string,
    reVotes: f.reVotes as Record<string, string>,
  };
}
