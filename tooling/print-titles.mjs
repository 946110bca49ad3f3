/**
 * Writes the running titles of printed pages as files after `astro build`: print/titles.json
 * (src/pages/print/titles.json.ts) lists each sheet and its CSS; each becomes
 * print/titles/<sheet>.css, and the list is deleted. One route instead of one per lesson: Astro
 * spends about 1.5 ms on every route it writes, a second and a half at 1,000 lessons.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Writes each sheet of `dist`/print/titles.json and deletes the list.
 * @param {string} dist
 */
export function writeTitleSheets(dist) {
  const list = join(dist, 'print', 'titles.json');
  if (!existsSync(list)) return;
  /** @type {{ sheet: string, css: string }[]} */
  const sheets = JSON.parse(readFileSync(list, 'utf8'));
  const titles = join(dist, 'print', 'titles');
  for (const { sheet, css } of sheets) {
    // Sheets are content ids; one that climbed out of print/titles/ would be a bug, not a title.
    const file = join(titles, `${sheet}.css`);
    if (!file.startsWith(titles + sep)) throw new Error(`print-titles: not a sheet: ${JSON.stringify(sheet)}`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, css);
  }
  rmSync(list);
}

/** The Astro integration: runs when `astro build` has written the pages. */
export const printTitles = () => ({
  name: 'print-titles',
  hooks: {
    /** @param {{ dir: URL }} options */
    'astro:build:done': ({ dir }) => writeTitleSheets(fileURLToPath(dir)),
  },
});
