import { describe, expect, it } from 'vitest';
import {
  answerText,
  assemblePaper,
  sectionMarks,
  splitByShares,
  type ExamQuestion,
} from '../../src/lib/quiz/exam-paper';
import { defaultSettings, type PaperSettings } from '../../src/lib/quiz/paper-settings';
import type { QuestionType } from '../../src/lib/quiz/types';
import type { Audience } from '../../src/lib/content/schemas';

const DIFFS = ['easy', 'medium', 'hard'] as const;

function question(module: string, type: QuestionType, i: number, extra: Partial<ExamQuestion> = {}): ExamQuestion {
  const options = type === 'judge' ? [] : ['甲', '乙', '丙', '丁'];
  const answer = type === 'judge' ? i % 2 === 0 : type === 'single' ? 1 : type === 'multiple' ? [0, 2] : [2, 0, 3, 1];
  return {
    id: `${module}-${type}-${i}`,
    module,
    type,
    stem: `${module} ${type} ${i}`,
    options,
    answer,
    explanation: '解析',
    lesson: `${module}/lesson`,
    lessonTitle: '课',
    href: '#',
    difficulty: DIFFS[i % 3]!,
    audience: ['village', 'township'] as Audience[],
    section: '小节',
    ...extra,
  };
}

const bank: ExamQuestion[] = ['a', 'b'].flatMap((m) =>
  (['single', 'multiple', 'judge', 'order'] as const).flatMap((t) =>
    Array.from({ length: 12 }, (_, i) => question(m, t, i)),
  ),
);

const settings = (over: Partial<PaperSettings> = {}): PaperSettings => ({
  ...defaultSettings(['a', 'b'], 4242),
  counts: { single: 6, multiple: 4, judge: 5, order: 2 },
  ...over,
});

const ids = (paper: ReturnType<typeof assemblePaper>) =>
  paper.sections.flatMap((s) => s.entries.map((e) => e.question.id));

describe('assemblePaper', () => {
  it('gives the same paper for the same settings and seed, and another for another seed', () => {
    expect(assemblePaper(bank, settings())).toEqual(assemblePaper(bank, settings()));
    expect(ids(assemblePaper(bank, settings({ seed: 4243 })))).not.toEqual(ids(assemblePaper(bank, settings())));
  });

  it('draws the asked number of each type, in the order 单选, 多选, 判断, 排序, numbered through', () => {
    const paper = assemblePaper(bank, settings());
    expect(paper.sections.map((s) => [s.type, s.entries.length])).toEqual([
      ['single', 6],
      ['multiple', 4],
      ['judge', 5],
      ['order', 2],
    ]);
    expect(paper.sections.flatMap((s) => s.entries.map((e) => e.number))).toEqual(
      Array.from({ length: 17 }, (_, i) => i + 1),
    );
    expect(new Set(ids(paper)).size).toBe(17);
    expect(paper.sections.every((s) => s.entries.every((e) => e.question.type === s.type))).toBe(true);
  });

  it('skips a type asked for zero times', () => {
    const paper = assemblePaper(bank, settings({ counts: { single: 3, multiple: 0, judge: 2, order: 0 } }));
    expect(paper.sections.map((s) => s.type)).toEqual(['single', 'judge']);
  });

  it('takes only the chosen modules and audience', () => {
    const mixed = [...bank, question('a', 'single', 99, { audience: ['staff'] })];
    const paper = assemblePaper(mixed, settings({ modules: ['b'], audience: 'village' }));
    expect(ids(paper).every((id) => id.startsWith('b-'))).toBe(true);
    const staff = assemblePaper(
      mixed,
      settings({ audience: 'staff', counts: { single: 5, multiple: 0, judge: 0, order: 0 } }),
    );
    expect(ids(staff)).toEqual(['a-single-99']);
    expect(staff.shortfalls).toEqual([{ type: 'single', wanted: 5, got: 1 }]);
  });

  it('gives variant B the same questions in another order, with its own option letters', () => {
    const a = assemblePaper(bank, settings());
    const b = assemblePaper(bank, settings({ variant: 'B' }));
    expect([...ids(b)].sort()).toEqual([...ids(a)].sort());
    expect(ids(b)).not.toEqual(ids(a));
    for (const [i, section] of b.sections.entries())
      expect(section.entries.map((e) => e.question.id)).not.toEqual(a.sections[i]!.entries.map((e) => e.question.id));
  });

  it('follows the difficulty mix, making up a short level from the others', () => {
    const paper = assemblePaper(
      bank,
      settings({ mix: { easy: 50, medium: 50, hard: 0 }, counts: { single: 6, multiple: 0, judge: 0, order: 0 } }),
    );
    const levels = paper.sections[0]!.entries.map((e) => e.question.difficulty);
    expect(levels.filter((d) => d === 'easy')).toHaveLength(3);
    expect(levels.filter((d) => d === 'medium')).toHaveLength(3);
    // 8 easy single questions exist (a and b, i = 0,3,6,9); asking 100% easy for 10 takes all 8 and 2 medium.
    const short = assemblePaper(
      bank,
      settings({ mix: { easy: 100, medium: 0, hard: 0 }, counts: { single: 10, multiple: 0, judge: 0, order: 0 } }),
    );
    const shortLevels = short.sections[0]!.entries.map((e) => e.question.difficulty);
    expect(shortLevels.filter((d) => d === 'easy')).toHaveLength(8);
    expect(shortLevels.filter((d) => d === 'medium')).toHaveLength(2);
    expect(short.shortfalls).toEqual([]);
  });

  it('uses every matching question and reports the shortfall when the bank is too small', () => {
    const paper = assemblePaper(bank, settings({ counts: { single: 0, multiple: 0, judge: 0, order: 30 } }));
    expect(paper.sections[0]!.entries).toHaveLength(24);
    expect(paper.shortfalls).toEqual([{ type: 'order', wanted: 30, got: 24 }]);
  });
});

describe('splitByShares', () => {
  it('splits by largest remainder and always adds up', () => {
    expect(splitByShares(10, [30, 50, 20])).toEqual([3, 5, 2]);
    expect(splitByShares(7, [34, 33, 33])).toEqual([3, 2, 2]);
    expect(splitByShares(1, [0, 0, 100])).toEqual([0, 0, 1]);
    for (let n = 0; n < 40; n++) expect(splitByShares(n, [17, 41, 42]).reduce((a, b) => a + b)).toBe(n);
  });
});

describe('answerText', () => {
  it('names the answer with the letters shown on this paper', () => {
    const single = question('a', 'single', 0); // answer index 1 ("乙")
    expect(answerText(single, [1, 0, 2, 3])).toBe('A');
    expect(answerText(single, [3, 2, 1, 0])).toBe('C');
    const multiple = question('a', 'multiple', 0); // indices 0 and 2
    expect(answerText(multiple, [2, 3, 0, 1])).toBe('AC');
    expect(answerText(multiple, [1, 0, 3, 2])).toBe('BD');
    expect(answerText(question('a', 'judge', 0), [])).toBe('正确（√）');
    expect(answerText(question('a', 'judge', 1), [])).toBe('错误（×）');
    const order = question('a', 'order', 0); // right sequence 2, 0, 3, 1
    expect(answerText(order, [0, 1, 2, 3])).toBe('C→A→D→B');
  });
});

describe('marks on the paper', () => {
  it.each([
    [
      [10, 10, 5],
      [40, 40, 20],
      [4, 4, 4],
    ],
    [
      [15, 10, 5],
      [45, 40, 15],
      [3, 4, 3],
    ],
    [
      [20, 5, 5, 3],
      [61, 15, 15, 9],
      [null, null, null, null],
    ],
  ])('gives sections of %j questions %j marks, 100 in all', (counts, totals, each) => {
    const marks = sectionMarks(counts);
    expect(marks.map((m) => m.total)).toEqual(totals);
    expect(marks.map((m) => m.each)).toEqual(each);
    expect(totals.reduce((a, b) => a + b, 0)).toBe(100);
  });
});
