import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFingerprint, isBuildInput } from '../../tooling/build-fingerprint';

describe('the fingerprint a shared test build is reused by', () => {
  let content: string | undefined;
  afterEach(() => content && rmSync(content, { recursive: true, force: true }));

  it('is the same for the same options and files', () => {
    expect(buildFingerprint({ base: '/' })).toMatch(/^[0-9a-f]{64}$/);
    expect(buildFingerprint({ base: '/' })).toBe(buildFingerprint({ base: '/' }));
  });

  it('changes with the options: a sub-path build is not the root build', () => {
    expect(buildFingerprint({ base: '/training/' })).not.toBe(buildFingerprint({ base: '/' }));
  });

  it("changes when a file of a content folder outside the project's files changes", () => {
    content = mkdtempSync(join(tmpdir(), 'fingerprint-'));
    writeFileSync(join(content, 'local.yaml'), 'province: 四川\n');
    const before = buildFingerprint({ contentDir: content }, content);
    writeFileSync(join(content, 'local.yaml'), 'province: 山东\n');
    expect(buildFingerprint({ contentDir: content }, content)).not.toBe(before);
  });

  it('counts source, content, scripts and the lockfile as inputs, not tests or documents', () => {
    for (const input of [
      'src/layouts/Base.astro',
      'content/overview/01-goals.mdx',
      'scripts/build.ts',
      'package-lock.json',
    ])
      expect(isBuildInput(input), input).toBe(true);
    for (const other of ['tests/e2e/quiz.test.ts', 'docs/benchmarks.md', 'README.md', '.ci/run'])
      expect(isBuildInput(other), other).toBe(false);
  });
});
