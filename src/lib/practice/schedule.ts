/**
 * When each question comes back. One rule, shared with the 错题本 (lib/progress/rules.ts):
 * a wrong answer puts a question in the 错题本 and brings it back the next day; while it is in the
 * book it comes back every day; answered right twice in a row it leaves the book, and from then
 * on FSRS spaces it out (at least two days, then longer as it is remembered better).
 * Pure: each function takes the record and returns a new one, for the store's read-modify-write.
 */
import type { Card, ProgressData } from '../progress/record';
import { recordAnswers } from '../progress/rules';
import { addDays, daysBetween, dayOf } from './day';
import { interval, review } from './fsrs';

/** Days until a question in the 错题本 is asked again. */
export const BOOK_DAYS = 1;
/** The shortest wait for a question answered right and out of the book: always after a wrong one. */
export const RIGHT_MIN_DAYS = 2;

/** In one sentence for the page: the 错题本 and the schedule follow it alike. */
export const SCHEDULE_RULE =
  '答错的题记入错题本，第二天再练；连续答对两次就移出错题本，之后隔几天、几周再出现，记得越牢隔得越久。';

/** The card after an answer on `day`; `inBook` is whether the question is in the 错题本 after it. */
export function nextCard(card: Card | undefined, module: string, correct: boolean, day: string, inBook: boolean): Card {
  const memory = review(card ?? null, card ? daysBetween(card.reviewed, day) : 0, correct);
  const wait = !correct || inBook ? BOOK_DAYS : Math.max(RIGHT_MIN_DAYS, interval(memory.stability));
  return { module, ...memory, reviewed: day, due: addDays(day, wait), reps: (card?.reps ?? 0) + 1 };
}

/**
 * Records a 每日一练 answer: the 错题本 first (its rule decides whether the question stays in),
 * then the question's card. A second answer on the same day changes neither: a day counts once.
 */
export function answerQuestion(
  data: ProgressData,
  q: { id: string; module: string },
  correct: boolean,
  at: string,
  day: string,
): ProgressData {
  const card = data.practice.cards[q.id];
  if (card && card.reviewed >= day) return data;
  const booked = recordAnswers(data, [{ ...q, correct }], at);
  const cards = { ...booked.practice.cards, [q.id]: nextCard(card, q.module, correct, day, q.id in booked.wrong) };
  return { ...booked, practice: { ...booked.practice, cards } };
}

interface Answered {
  id: string;
  module: string;
  day: string;
  correct: boolean;
}

/**
 * What tests and the 错题本 learnt since each card was last updated: every question of a
 * handed-in test, and each 错题本 entry's latest mistake. Answers on the same day count once
 * (a mistake wins).
 */
function newEvidence(data: ProgressData): Answered[] {
  const found = new Map<string, Answered>();
  const add = (id: string, module: string, iso: string, correct: boolean) => {
    const day = dayOf(iso);
    const card = data.practice.cards[id];
    if (!day || (card && card.reviewed >= day)) return;
    const key = `${day} ${id}`;
    const before = found.get(key);
    found.set(key, { id, module, day, correct: correct && (before?.correct ?? true) });
  };
  for (const [module, m] of Object.entries(data.modules)) {
    const wrong = new Set(m.last?.wrong ?? []);
    for (const q of m.last?.paper ?? []) add(q.id, module, m.last!.at, !wrong.has(q.id));
  }
  for (const [id, entry] of Object.entries(data.wrong)) add(id, entry.module, entry.at, false);
  return [...found.values()].sort((a, b) => a.day.localeCompare(b.day) || a.id.localeCompare(b.id));
}

/**
 * Gives every question answered in tests or the 错题本 a schedule, and brings existing ones up to
 * date with answers given there since; returns `data` itself when there is nothing new.
 */
export function catchUp(data: ProgressData): ProgressData {
  const evidence = newEvidence(data);
  if (evidence.length === 0) return data;
  const cards = { ...data.practice.cards };
  for (const { id, module, day, correct } of evidence) {
    // Still in the book: its streak decides (a test cannot take a question out by itself).
    cards[id] = nextCard(cards[id], module, correct, day, id in data.wrong);
  }
  return { ...data, practice: { ...data.practice, cards } };
}
