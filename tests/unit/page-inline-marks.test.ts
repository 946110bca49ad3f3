// @vitest-environment happy-dom
/**
 * Two readers cannot import the progress decoder without loading the quiz code: the inline
 * script every page carries (src/client/page-inline.js) and a role path's marks
 * (learning-path/progress-marks.ts). Both read the few places lib/progress/record.ts names.
 * These tests hold them to the one reading, progress/decode.ts: on every record the store reads
 * (version 1 as stored by the first site, 2, 3) they mark what the decoder says, and on a record
 * from a newer site or unreadable text they mark nothing, as the decoder does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readMarks } from '../../src/lib/learning-path/progress-marks';
import { decodeProgress } from '../../src/lib/progress/record';
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
  // The page is parsed: the script's work on it (done at DOMContentLoaded) runs at once; its
  // listeners for the reader's taps and keys are not needed here.
  const listen = vi.spyOn(document, 'addEventListener').mockImplementation((type, listener) => {
    if (type === 'DOMContentLoaded') (listener as () => void)();
  });
  new Function(script)();
  listen.mockRestore();
  return {
    tests: MODULES.map((m) => document.querySelector(`[data-progress="${m}"]`)!.textContent),
    read: LESSONS.filter((l) => !document.querySelector<HTMLElement>(`[data-read="${l}"]`)!.hidden),
  };
}

type Shown = { tests: string[]; read: string[] };

/** What the same page shows from marks of the given reading. */
const show = (tests: Map<string, { best: number; passed: boolean }>, read: (id: string) => boolean): Shown => ({
  tests: MODULES.map((m) => {
    const t = tests.get(m);
    return t ? `${t.passed ? '✓' : '✗'} ${t.best} 分` : '';
  }),
  read: LESSONS.filter(read),
});

/** What the decoder reads: the one reading. */
function decoded(stored: string | null): Shown {
  let result = null;
  try {
    result = stored === null ? null : decodeProgress(JSON.parse(stored));
  } catch {
    // Not JSON: nothing to read.
  }
  if (!result?.ok) return show(new Map(), () => false);
  const { modules, lessons } = result.data;
  return show(new Map(Object.entries(modules)), (l) => l in lessons);
}

/** What a role path reads. */
function pathMarks(stored: string | null): Shown {
  const marks = readMarks(stored, PROGRESS_VERSION);
  return show(marks.tests, (l) => marks.read.has(l));
}

const fixtures = (version: number) => join(process.cwd(), `tests/fixtures/progress-v${version}`);
const storedRecords = [1, 3].flatMap((version) =>
  readdirSync(fixtures(version))
    .filter((f) => f.endsWith('.json') && !f.startsWith('export'))
    .map((f) => [`the version-${version} record ${f}`, readFileSync(join(fixtures(version), f), 'utf8')]),
);
const test = (percent: number) => ({ paper: [], responses: {}, wrong: [], percent, passed: percent >= 80, at: 'x' });
const record = recordTest(
  recordTest(markLessonRead(emptyProgress(), 'vote/ballot', '2026-12-01'), 'vote', test(90)),
  'law',
  test(40),
);

beforeEach(() => localStorage.clear());

describe('the marks the inline script shows', () => {
  it.each([
    ...storedRecords,
    ['a version-2 record', JSON.stringify({ ...record, version: 2, practice: undefined })],
    ['a record of this version', JSON.stringify(record)],
  ])('are the decoder’s on %s, on every page and on a role path', (_, stored) => {
    const shown = inlineMarks(stored);
    expect(shown).toEqual(decoded(stored));
    expect(pathMarks(stored)).toEqual(decoded(stored));
    expect(shown.tests.some(Boolean)).toBe(true);
  });

  it.each([
    ['nothing stored', null],
    ['a record from a newer site', JSON.stringify({ ...record, version: PROGRESS_VERSION + 1 })],
    ['text that is not JSON', '{"version":2,"modules":{'],
    ['JSON that is not a record', '[1,2]'],
  ])('are none, as the decoder’s, on every page and on a role path, with %s', (_, stored) => {
    const none = { tests: MODULES.map(() => ''), read: [] };
    expect(decoded(stored)).toEqual(none);
    expect(inlineMarks(stored)).toEqual(none);
    expect(pathMarks(stored)).toEqual(none);
  });
});
