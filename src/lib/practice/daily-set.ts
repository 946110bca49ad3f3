/**
 * Today's 每日一练 set: due questions first (those in the 错题本, then the longest overdue),
 * then new questions from the modules the trainee is working on. Promises: a set never holds a
 * question twice, never one already answered today or retired, and a due question that does not
 * fit today stays due (it is never dropped); the set stays the same all day.
 */
import type { ProgressData } from '../progress/record';
import type { Focus, SetSize } from '../progress/practice-record';
import { fnv1a32Utf16 } from '../hash';
import { seededRandom, shuffle } from '../quiz/random';
import { dayOf } from './day';

export interface Pool {
  /** Ids of live (not retired) questions whose bank is loaded. */
  live: ReadonlySet<string>;
  /** Questions never answered, in the order they should be introduced. */
  fresh: readonly string[];
}

/**
 * Up to `size` questions for `day`, none of them in `exclude` (already in today's set). Cards of
 * questions missing from `pool.live` (retired, or a bank not loaded) are skipped, never removed.
 */
export function pickQuestions(
  data: ProgressData,
  pool: Pool,
  day: string,
  size: number,
  exclude: ReadonlySet<string> = new Set(),
): string[] {
  const open = (id: string) => pool.live.has(id) && !exclude.has(id);
  const { cards } = data.practice;
  // A mistake made on another page since the card was updated is due the next day, as in the
  // 错题本; its card catches up with the next answer (schedule.ts, catchUp).
  const booked = Object.entries(data.wrong).flatMap(([id, entry]) => {
    const at = dayOf(entry.at);
    return at && at < day && !(cards[id] && cards[id].reviewed >= at) ? [id] : [];
  });
  const scheduled = Object.keys(cards).filter((id) => cards[id]!.due <= day && cards[id]!.reviewed < day);
  const due = [...new Set([...booked, ...scheduled])]
    .filter(open)
    .sort(
      (a, b) =>
        Number(b in data.wrong) - Number(a in data.wrong) ||
        (cards[a]?.due ?? '').localeCompare(cards[b]?.due ?? '') ||
        a.localeCompare(b),
    );
  const fresh = pool.fresh.filter((id) => open(id) && !data.practice.cards[id]);
  return [...new Set([...due, ...fresh])].slice(0, size);
}

/**
 * The unanswered questions of `modules`, to fill sets: modules not yet passed first, in study
 * order, each module's questions in an order of its own that stays put between visits.
 */
export function freshQuestions(
  data: ProgressData,
  modules: readonly { id: string; questions: readonly string[] }[],
): string[] {
  const passed = (id: string) => data.modules[id]?.passed ?? false;
  const ordered = [...modules.filter((m) => !passed(m.id)), ...modules.filter((m) => passed(m.id))];
  return ordered.flatMap((m) =>
    shuffle(
      m.questions.filter((id) => !data.practice.cards[id]),
      seededRandom(fnv1a32Utf16(m.id)),
    ),
  );
}

/** Today's set, drawn on the first visit of the day and kept (returns `data` when it already is). */
export function startDay(data: ProgressData, pool: Pool, day: string): ProgressData {
  if (data.practice.today?.day === day) return data;
  const ids = pickQuestions(data, pool, day, data.practice.size);
  return { ...data, practice: { ...data.practice, today: { day, ids } } };
}

/** More questions after today's set is done ("再练几题"), added to today's set. */
export function extendDay(data: ProgressData, pool: Pool, day: string): ProgressData {
  const today = data.practice.today?.day === day ? data.practice.today.ids : [];
  const more = pickQuestions(data, pool, day, data.practice.size, new Set(today));
  return { ...data, practice: { ...data.practice, today: { day, ids: [...today, ...more] } } };
}

/**
 * A new set size: today's answered questions stay; unanswered ones are cut, or more are added,
 * to reach the new size.
 */
export function resizeDay(data: ProgressData, pool: Pool, day: string, size: SetSize): ProgressData {
  const practice = { ...data.practice, size };
  const today = data.practice.today?.day === day ? data.practice.today.ids : [];
  const answered = today.filter((id) => (data.practice.cards[id]?.reviewed ?? '') >= day);
  const waiting = today.filter((id) => !answered.includes(id)).slice(0, Math.max(size - answered.length, 0));
  const kept = [...answered, ...waiting];
  const more = pickQuestions({ ...data, practice }, pool, day, size - kept.length, new Set(kept));
  return { ...data, practice: { ...practice, today: { day, ids: [...kept, ...more] } } };
}

/** Remembers which task or role path new questions come from. */
export const setFocus = (data: ProgressData, focus: Focus): ProgressData => ({
  ...data,
  practice: { ...data.practice, focus },
});
