/**
 * Months of 每日一练, simulated: a trainee who practises on most days, gets some questions wrong,
 * takes tests, changes the set size, and sees a question retired. Whatever happens, the schedule
 * never loses a question, never asks one twice in a day, and brings a wrong answer back before
 * a right one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyProgress, type ProgressData } from '../../src/lib/progress/record';
import { recordTest } from '../../src/lib/progress/attempts';
import { SET_SIZES } from '../../src/lib/progress/practice-record';
import { extendDay, freshQuestions, resizeDay, startDay, type Pool } from '../../src/lib/practice/daily-set';
import { finishDay } from '../../src/lib/practice/days';
import { answerQuestion, catchUp } from '../../src/lib/practice/schedule';
import { addDays } from '../../src/lib/practice/day';
import { seededRandom } from '../../src/lib/quiz/random';

const MODULES = ['overview', 'voters', 'election-day'];
const bank = (retired: ReadonlySet<string>) =>
  MODULES.map((m) => ({
    id: m,
    questions: Array.from({ length: 12 }, (_, i) => `${m}-${String(i + 1).padStart(2, '0')}`).filter(
      (id) => !retired.has(id),
    ),
  }));
const moduleOf = (id: string) => id.slice(0, id.lastIndexOf('-'));
const pool = (data: ProgressData, retired: ReadonlySet<string>): Pool => {
  const modules = bank(retired);
  return { live: new Set(modules.flatMap((m) => m.questions)), fresh: freshQuestions(data, modules) };
};

describe('the 每日一练 schedule over simulated months', () => {
  it('never loses a question, never asks one twice a day, and brings wrong answers back first', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), fc.integer({ min: 60, max: 150 }), (seed, length) => {
        const random = seededRandom(seed);
        let data = emptyProgress();
        const retired = new Set<string>();
        const ever = new Set<string>();
        let day = '2026-09-01';
        for (let n = 0; n < length; n++, day = addDays(day, 1)) {
          if (random() < 0.05) retired.add(`overview-0${1 + Math.floor(random() * 9)}`);
          if (random() < 0.05) {
            // A test in a module: its answers reach the schedule through catchUp.
            const module = MODULES[Math.floor(random() * MODULES.length)]!;
            const paper = bank(retired)
              .find((m) => m.id === module)!
              .questions.slice(0, 5);
            const wrong = paper.filter(() => random() < 0.3);
            const at = `${day}T09:00:00.000Z`;
            data = recordTest(data, module, {
              paper: paper.map((id) => ({ id, order: [] })),
              responses: {},
              wrong,
              percent: 100 - wrong.length * 20,
              passed: wrong.length <= 1,
              at,
            });
            data = catchUp(data);
            paper.forEach((id) => ever.add(id));
          }
          const before = data.practice.cards;
          if (random() < 0.2) {
            // A day off: nothing moves.
            expect(data.practice.cards).toEqual(before);
            continue;
          }
          if (random() < 0.1) data = resizeDay(data, pool(data, retired), day, SET_SIZES[Math.floor(random() * 3)]!);
          data = startDay(data, pool(data, retired), day);
          const answeredToday = new Map<string, boolean>();
          for (let round = 0; round < (random() < 0.2 ? 2 : 1); round++) {
            if (round === 1) data = extendDay(data, pool(data, retired), day);
            const ids = data.practice.today!.ids;
            expect(new Set(ids).size).toBe(ids.length);
            for (const id of ids) {
              expect(retired.has(id)).toBe(false);
              if (answeredToday.has(id)) continue;
              const correct = random() < 0.7;
              data = finishDay(
                answerQuestion(data, { id, module: moduleOf(id) }, correct, `${day}T12:00:00.000Z`, day),
                day,
              );
              answeredToday.set(id, correct);
              ever.add(id);
            }
          }
          // Asked at most once today: every question answered today was in today's set once.
          expect(answeredToday.size).toBe(data.practice.today!.ids.length);
          // Wrong answers come back before right ones, and no later than tomorrow.
          const dueOf = (id: string) => data.practice.cards[id]!.due;
          const wrongDue = [...answeredToday].filter(([, ok]) => !ok).map(([id]) => dueOf(id));
          const rightDue = [...answeredToday].filter(([, ok]) => ok).map(([id]) => dueOf(id));
          for (const w of wrongDue) {
            expect(w).toBe(addDays(day, 1));
            for (const r of rightDue) expect(w <= r).toBe(true);
          }
          for (const [id, ok] of answeredToday)
            if (ok && !(id in data.wrong)) expect(dueOf(id) > addDays(day, 1)).toBe(true);
          // Never loses one: every question ever answered keeps a schedule, and one not asked
          // today keeps the one it had (a due question left out today is still due tomorrow).
          for (const id of ever) expect(data.practice.cards[id]).toBeDefined();
          for (const [id, card] of Object.entries(before)) {
            if (!answeredToday.has(id) && !card.reviewed.startsWith(day)) {
              const now = data.practice.cards[id]!;
              if (now.reviewed < day) expect(now).toEqual(card);
            }
          }
        }
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('shows every question that is due within a few days, however many fall due together', () => {
    let data = emptyProgress();
    const retired = new Set<string>();
    let day = '2026-09-01';
    // Forty questions answered wrong on one day all fall due the next.
    for (const m of bank(retired)) {
      for (const id of m.questions.slice(0, 13))
        data = answerQuestion(data, { id, module: m.id }, false, `${day}T08:00Z`, day);
    }
    const due = Object.keys(data.practice.cards);
    const shown = new Set<string>();
    for (let n = 0; n < due.length / 5 + 1; n++) {
      day = addDays(day, 1);
      data = startDay(data, pool(data, retired), day);
      for (const id of data.practice.today!.ids) {
        shown.add(id);
        data = answerQuestion(data, { id, module: moduleOf(id) }, true, `${day}T08:00Z`, day);
      }
    }
    for (const id of due) expect(shown.has(id), id).toBe(true);
  });
});
