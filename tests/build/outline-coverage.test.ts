import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { ROOT, ROOT_DIST } from '../../tooling/dirs';

/** The 31 points of the county speech (shared/reference/speech-outline.md). */
const OUTLINE_IDS =
  'P.1 P.2 1.0 1.1 1.1.a 1.1.b 1.1.c 1.1.d 1.2 1.2.a 1.2.b 1.2.c 1.3 1.3.a 1.3.b 1.3.c 2.1 2.1.a 2.1.b 2.1.c 2.2 2.2.a 2.2.b 2.2.c 2.3 2.3.a 2.3.b 2.3.c 3.1 3.2 3.3'.split(
    ' ',
  );

const readme = readFileSync(join(ROOT, 'content/README.md'), 'utf8');
const entries = [...readme.matchAll(/^- \*\*(\S+)\*\* (.+)$/gm)].map(([, id, rest]) => ({
  id: id!,
  refs: [...rest!.matchAll(/`([a-z0-9-]+)\/([a-z0-9-]+)#([^`]+)`/g)].map(([, module, lesson, anchor]) => ({
    module: module!,
    lesson: lesson!,
    anchor: anchor!,
  })),
}));

describe('content/README.md maps the speech to the lessons', () => {
  it('lists every one of the 31 outline ids, each with at least one lesson heading', () => {
    expect(OUTLINE_IDS.filter((id) => !entries.some((e) => e.id === id && e.refs.length > 0))).toEqual([]);
  });

  it('names only headings that exist in the built lessons', () => {
    const window = new Window();
    const missing: string[] = [];
    for (const { id, refs } of entries) {
      for (const { module, lesson, anchor } of refs) {
        const file = join(ROOT_DIST, 'modules', module, lesson, 'index.html');
        if (!existsSync(file)) {
          missing.push(`${id}: lesson ${module}/${lesson} does not exist`);
          continue;
        }
        const doc = new window.DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
        if (!doc.getElementById(anchor)) missing.push(`${id}: ${module}/${lesson} has no heading #${anchor}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
