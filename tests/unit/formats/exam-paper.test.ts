/**
 * Exam papers and tests from a seed, as published: a paper's link (/trainer/paper/?v=1&…) and
 * the seed printed on it must give the very same questions, option letters and key again, and
 * version-1 records kept tests as seeds. The bank, links and papers in
 * tests/fixtures/formats/exam-bank.json and exam-papers.json were made once and are literals.
 *
 * Changing the format: a new drawing or link layout is a new link version (v=2) beside version 1,
 * which keeps drawing every paper below; never edit a published line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerText, assemblePaper, type ExamQuestion } from '../../../src/lib/quiz/exam-paper';
import { drawPaper, practiceItems, type PaperItem } from '../../../src/lib/quiz/paper';
import { decodeSettings, encodeSettings, type PaperSettings } from '../../../src/lib/quiz/paper-settings';

const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url), 'utf8'));
const BANK = read('exam-bank.json') as ExamQuestion[];
const PUBLISHED = read('exam-papers.json') as {
  papers: { query: string; shortfalls: unknown[]; entries: string[] }[];
  tests: { seed: number; size: number; items: string[] }[];
  practice: { seed: number; items: string[] };
};
const MODULES = ['ve', 'dc'];

const settingsOf = (query: string): PaperSettings => {
  const decoded = decodeSettings(new URLSearchParams(query), MODULES);
  if (!decoded.ok) throw new Error(decoded.problems.join(' '));
  return decoded.settings;
};
const shown = (items: PaperItem[]) => items.map((i) => `${i.id} [${i.order.join(',')}]`);

describe('published paper links (version 1)', () => {
  it('still read as the settings the trainer chose', () => {
    expect(settingsOf(PUBLISHED.papers[2]!.query)).toEqual({
      modules: ['dc'],
      counts: { single: 5, multiple: 3, judge: 4, order: 2 },
      audience: 'community',
      mix: { easy: 50, medium: 30, hard: 20 },
      seed: 1,
      title: '社区测试 A/B&C',
      unit: '某街道',
      minutes: 45,
      variant: 'A',
    });
  });

  it.each(PUBLISHED.papers)('are still written the same way: $query', ({ query }) => {
    expect(encodeSettings(settingsOf(query))).toBe(query);
  });

  it.each(PUBLISHED.papers)('still give the same paper and key: $query', ({ query, shortfalls, entries }) => {
    const paper = assemblePaper(BANK, settingsOf(query));
    expect(paper.shortfalls).toEqual(shortfalls);
    expect(
      paper.sections.flatMap((s) =>
        s.entries.map((e) => `${e.number} ${e.question.id} [${e.order.join(',')}] ${answerText(e.question, e.order)}`),
      ),
    ).toEqual(entries);
  });
});

describe('tests and practice from a seed', () => {
  it.each(PUBLISHED.tests)('seed $seed still draws the same test', ({ seed, size, items }) => {
    expect(
      shown(
        drawPaper(
          BANK.filter((q) => q.module === 've'),
          size,
          seed,
        ),
      ),
    ).toEqual(items);
  });

  it('practice still shuffles the same options for its seed', () => {
    expect(shown(practiceItems(BANK.slice(0, 6), PUBLISHED.practice.seed))).toEqual(PUBLISHED.practice.items);
  });
});
