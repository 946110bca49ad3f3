// @vitest-environment happy-dom
/**
 * The inline script every page carries (src/client/page-inline.js) cannot import the progress
 * decoder, so it reads the few places it needs itself. These tests hold it to the one reading
 * (progress/decode.ts, through progress-marks.ts): on every record the store reads — version 1
 * as stored by the first site, and version 2 — it marks what the decoder says, and on a record
 * from a newer site or unreadable text it marks nothing, as the decoder does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readMarks } from '../../src/lib/learning-path/progress-marks';
import { recordTest } from '../../src/lib/progress/attempts';
import { PROGRESS_VERSION, emptyProgress } from '../../src/lib/progress/record';
import { markLessonRead } from '../../src/lib/progress/rules';
import { STORAGE_KEY } from '../../src/lib/progress/store';
import { FONT_SIZE_KEY } from '../../src/lib/site-meta';

// Filled in as Base.astro does, from the same definitions.
const filled: Record<string, string> = {
  __PROGRESS_KEY__: STORAGE_KEY,
  __PROGRESS_VERSION__: String(PROGRESS_VERSION),
  __FONT_SIZE_KEY__: FONT_SIZE_KEY,
};
const script = readFileSync(join(process.cwd(), 'src/client/page-inline.js'), 'utf8').replace(
  /__[A-Z_]+__/g,
  (name) => filled[name] ?? name,
);

const MODULES = ['vote', 'village-election', 'law', 'overview'];
const LESSONS = ['vote/ballot', 'vote/count', 'village-election/voter-registration'];

/** Runs the inline script on a page with a mark for every module and lesson above; returns what it showed. */
function inlineMarks(stored: string | null) {
  localStorage.clear();
  if (stored !== null) localStorage.setItem(STORAGE_KEY, stored);
  document.body.innerHTML =
    MODULES.map((m) => `<span data-progress="${m}" data-passed="✓ # 分" data-failed="✗ # 分"></span>`).join('') +
    LESSONS.map((l) => `<span data-read="${l}" hidden>已读</span>`).join('');
  new Function(script)();
  return {
    tests: MODULES.map((m) => document.querySelector(`[data-progress="${m}"]`)!.textContent),
    read: LESSONS.filter((l) => !document.querySelector<HTMLElement>(`[data-read="${l}"]`)!.hidden),
  };
}

/** What the same page would show from the decoder's reading. */
function decodedMarks(stored: string | null) {
  const marks = readMarks(stored);
  return {
    tests: MODULES.map((m) => {
      const t = marks.tests.get(m);
      return t ? `${t.passed ? '✓' : '✗'} ${t.best} 分` : '';
    }),
    read: LESSONS.filter((l) => marks.read.has(l)),
  };
}

const fixtures = join(process.cwd(), 'tests/fixtures/progress-v1');
const v1Records = readdirSync(fixtures)
  .filter((f) => f.endsWith('.json') && !f.startsWith('export'))
  .map((f) => [`the version-1 record ${f}`, readFileSync(join(fixtures, f), 'utf8')]);
const test = (percent: number) => ({ paper: [], responses: {}, wrong: [], percent, passed: percent >= 80, at: 'x' });
const v2 = recordTest(
  recordTest(markLessonRead(emptyProgress(), 'vote/ballot', '2026-12-01'), 'vote', test(90)),
  'law',
  test(40),
);

beforeEach(() => localStorage.clear());

describe('the marks the inline script shows', () => {
  it.each([...v1Records, ['a version-2 record', JSON.stringify(v2)]])('are the decoder’s on %s', (_, stored) => {
    const shown = inlineMarks(stored);
    expect(shown).toEqual(decodedMarks(stored));
    expect(shown.tests.some(Boolean)).toBe(true);
  });

  it.each([
    ['nothing stored', null],
    ['a record from a newer site', JSON.stringify({ ...v2, version: PROGRESS_VERSION + 1 })],
    ['text that is not JSON', '{"version":2,"modules":{'],
    ['JSON that is not a record', '[1,2]'],
  ])('are none, as the decoder’s, with %s', (_, stored) => {
    const none = { tests: MODULES.map(() => ''), read: [] };
    expect(decodedMarks(stored)).toEqual(none);
    expect(inlineMarks(stored)).toEqual(none);
  });
});
