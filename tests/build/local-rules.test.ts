import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildSite, type BuildResult } from '../../tooling/build-site';
import { ROOT, TEST_DIST } from '../../tooling/dirs';
import { sichuanSite } from '../support/sichuan-site';

/** A copy of the real content with a local.yaml (or a lesson) changed, built into its own folder. */
function buildVariant(name: string, change: (contentDir: string) => void): { result: BuildResult; outDir: string } {
  const contentDir = join(TEST_DIST, `${name}-content`);
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(contentDir, { recursive: true });
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  change(contentDir);
  const outDir = join(TEST_DIST, name);
  return {
    result: buildSite({ outDir, contentDir, cacheDir: join(TEST_DIST, `${name}-cache`), index: false }),
    outDir,
  };
}

const example = readFileSync(join(ROOT, 'examples/local.sichuan.yaml'), 'utf8');
const sichuan = parse(example);

describe('the site built with the 四川 example as content/local.yaml', () => {
  let built: { result: BuildResult; outDir: string };
  beforeAll(() => {
    built = sichuanSite();
  }, 240_000);

  it('builds', () => {
    expect(built.result.ok, built.result.output).toBe(true);
  });

  it('shows a 本省规定 box with the article for every point 四川 sets, wherever a lesson uses it', () => {
    const dir = join(ROOT, 'content/election-day');
    let checked = 0;
    for (const file of readdirSync(dir).filter((f) => /^\d\d-.*\.mdx$/.test(f))) {
      const source = readFileSync(join(dir, file), 'utf8');
      const points = [...source.matchAll(/<LocalRule point="([^"]+)"/g)].map((m) => m[1]!);
      if (points.length === 0) continue;
      const html = readFileSync(
        join(built.outDir, 'modules/election-day', file.replace(/^\d\d-|\.mdx$/g, ''), 'index.html'),
        'utf8',
      );
      for (const point of points) {
        const box = new RegExp(
          `<div class="box local-rule[^"]*" role="note" data-point="${point}">([\\s\\S]*?)</div>`,
        ).exec(html)?.[1];
        expect(box, `${file}: ${point}`).toBeDefined();
        const set = sichuan.points[point];
        if (set) {
          expect(box).toContain(`本省规定（${sichuan.province}）`);
          expect(box).toContain(`《${sichuan.regulation.title}》`);
          if (set.article) expect(box).toContain(set.article);
          expect(box).toContain('<summary>各地做法</summary>');
        } else expect(box).toContain('各地做法不同，以本省选举办法为准');
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(Object.keys(sichuan.points).length);
  });

  it('the calculator page names the regulation it applies', () => {
    const html = readFileSync(join(built.outDir, 'tools/election-result/index.html'), 'utf8');
    expect(html).toContain(`本站已设置本省规定：《${sichuan.regulation.title}》`);
  });
});

describe('a broken province file or point id', () => {
  it('a wrong value in content/local.yaml stops the build, naming the file and field', () => {
    const { result } = buildVariant('local-broken', (dir) =>
      writeFileSync(join(dir, 'local.yaml'), example.replace('max: 3', 'max: 5')),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/local\.yaml: points\.proxy-limit\.max: 国家法规定每人受托不超过三人/);
  }, 240_000);

  it('an unknown <LocalRule point> stops the build, naming the lesson', () => {
    const { result } = buildVariant('local-unknown-point', (dir) => {
      const file = join(dir, 'election-day/03-checking-ballots.mdx');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(
          '<LocalRule point="returned-ballots">',
          '<LocalRule point="returned-ballot">',
        ),
      );
    });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /03-checking-ballots\.mdx: lesson election-day\/checking-ballots: <LocalRule point="returned-ballot">: 未知的要点/,
    );
  }, 240_000);
});
