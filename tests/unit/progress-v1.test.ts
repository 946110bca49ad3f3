/**
 * Records written by the version-1 site (taken from a real browser session on that build: two
 * tests, practice in another module, and an export file) must keep decoding.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeProgress } from '../../src/lib/progress/record';
import { PROGRESS_VERSION } from '../../src/lib/progress/record';
import { importProgress } from '../../src/lib/progress/transfer';

const dir = new URL('../fixtures/progress-v1/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const stored = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.startsWith('export'));

describe.each(stored)('the version-1 record %s', (name) => {
  const v1 = JSON.parse(read(name));
  const decoded = decodeProgress(v1);
  const data = decoded.ok ? decoded.data : null;

  it('decodes, as the current version', () => {
    expect(decoded.ok).toBe(true);
    expect(data?.version).toBe(PROGRESS_VERSION);
    expect(data).toMatchObject({ profile: null, lessons: {}, drafts: {} });
  });

  it('keeps every score, attempt, pass and 错题本 entry', () => {
    for (const [id, m] of Object.entries<{ best: number; attempts: number; passed: boolean }>(v1.modules)) {
      expect(data?.modules[id]).toMatchObject({ best: m.best, attempts: m.attempts, passed: m.passed });
    }
    expect(data?.wrong).toEqual(v1.wrong);
  });

  it('keeps the last test: its questions in order, the answers, the score and the seed', () => {
    for (const [id, m] of Object.entries<{ last: Record<string, unknown> & { responses: object } }>(v1.modules)) {
      const last = data?.modules[id]?.last;
      expect(last?.paper.map((q) => q.id)).toEqual(Object.keys(m.last.responses));
      expect(last).toMatchObject({
        responses: m.last.responses,
        percent: m.last.percent,
        passed: m.last.passed,
        at: m.last.at,
        seed: m.last.seed,
      });
    }
  });

  it('lists as wrong the questions of the last test that went into the 错题本 with it', () => {
    for (const [id, m] of Object.entries<{ last: { at: string; responses: object } }>(v1.modules)) {
      const expected = Object.keys(m.last.responses).filter((q) => v1.wrong[q]?.at === m.last.at);
      expect(data?.modules[id]?.last?.wrong).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    }
  });
});

describe('a version-1 export file', () => {
  it('imports', () => {
    const result = importProgress(read('export-file.json'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.modules['village-election']?.attempts).toBe(2);
  });
});
