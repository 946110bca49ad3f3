/**
 * The service worker as built: what a first visit stores for offline use, under both bases.
 * (tests/e2e/offline.test.ts proves in Chromium that it works.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../tooling/dist-files';
import { readPrecache } from '../../tooling/offline/precache-list';
import { ROOT_DIST, SUB_BASE, SUB_DIST } from '../../tooling/dirs';

const filesUnder = (dist: string, folder: string) =>
  readdirSync(join(dist, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dist, folder, f)).isFile())
    .map((f) => `${folder}/${f}`);

describe.each([
  { name: 'at the domain root', dist: ROOT_DIST, base: '/' },
  { name: 'under a sub-path', dist: SUB_DIST, base: SUB_BASE },
])('the offline copy of the site built $name', ({ dist, base }) => {
  const { urls, bytes } = readPrecache(dist);
  const list = new Set(urls);

  it('holds every page, script, style and the questions the wrong-answer book fetches', () => {
    const pages = builtPages(dist).map((f) => f.slice(dist.length + 1));
    const assets = filesUnder(dist, '_astro');
    const banks = builtPages(dist)
      .filter((f) => f.endsWith('/quiz/index.html'))
      .map((f) => f.slice(dist.length + 1).replace('quiz/index.html', 'questions.json'));
    expect(pages.length).toBeGreaterThan(50);
    expect(banks.length).toBeGreaterThan(0);
    expect(
      [...pages, ...assets, ...banks, 'sw-register.js', 'manifest.webmanifest'].filter((u) => !list.has(u)),
    ).toEqual([]);
    console.log(`[offline] ${base}: ${urls.length} files precached, ${(bytes / 1024 / 1024).toFixed(2)} MB`);
  });

  it('holds Pagefind’s script, wasm, entry and meta files and its chunks, but none of its UI bundles', () => {
    const pagefind = filesUnder(dist, 'pagefind');
    const needed = pagefind.filter((f) =>
      /\/(pagefind\.js|pagefind-entry\.json|[^/]+\.(pagefind|pf_meta|pf_index|pf_fragment|pf_filter))$/.test(f),
    );
    expect(needed.filter((u) => !list.has(u))).toEqual([]);
    expect(urls.filter((u) => /pagefind-(ui|component-ui|modular-ui|highlight|worker)/.test(u))).toEqual([]);
  });

  it('takes over after a small core: the fallback and offline pages, the registration, the manifest and the site’s style sheet', () => {
    const { plan } = readPrecache(dist);
    const core = plan.core.map((i) => plan.files[i]![0]);
    expect(core).toEqual(
      expect.arrayContaining(['404.html', 'offline/index.html', 'sw-register.js', 'manifest.webmanifest']),
    );
    expect(core.some((url) => /^_astro\/Base\.[\w-]+\.css$/.test(url))).toBe(true);
    const coreBytes = plan.core.reduce((sum, i) => sum + plan.files[i]![2], 0);
    console.log(
      `[offline] ${base}: ${core.length} files, ${(coreBytes / 1024).toFixed(0)} KB before the worker takes over`,
    );
    // A twentieth of the site at most: the rest is filled in after the worker serves the site.
    expect(coreBytes).toBeLessThan(bytes / 20);
  });

  it('registers the worker at the base path, so its scope is the whole site and nothing outside it', () => {
    const register = readFileSync(join(dist, 'sw-register.js'), 'utf8');
    expect(register).toContain(`register(\`${base}sw.js\`)`);
    // The update prompt, fetched by a page the worker controls, is stored before the worker takes over.
    expect(register).toContain(`${base}sw-update.js`);
    const { plan } = readPrecache(dist);
    expect(plan.core.map((i) => plan.files[i]![0])).toContain('sw-update.js');
    const page = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(page).toContain(`${base}sw-register.js`);
    expect(page).toContain(`<link rel="manifest" href="${base}manifest.webmanifest">`);
  });
});

describe.each([
  { name: 'at the domain root', dist: ROOT_DIST },
  { name: 'under a sub-path', dist: SUB_DIST },
])('the service worker built $name', ({ dist }) => {
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
  const update = readFileSync(join(dist, 'sw-update.js'), 'utf8');

  it('takes over from the old version only when the reader presses 新版本可用，点此更新', () => {
    // The one skipWaiting() answers the prompt's message; none runs on install.
    expect(worker.match(/skipWaiting\(\)/g)).toHaveLength(1);
    expect(worker).toMatch(/\.type==="SKIP_WAITING"&&self\.skipWaiting\(\)/);
    expect(update).toMatch(/postMessage\(\{\s*type:\s*[`'"]SKIP_WAITING[`'"]\s*\}\)/);
    expect(update).toContain('新版本可用，点此更新');
  });

  it('controls the first visit at once, so it can go offline without a reload', () => {
    expect(worker).toMatch(/addEventListener\("activate",[^]*?await self\.clients\.claim\(\)/);
  });
});

describe('the web app manifest', () => {
  const manifest = JSON.parse(readFileSync(join(SUB_DIST, 'manifest.webmanifest'), 'utf8'));
  const css = readFileSync(new URL('../../src/styles/base.css', import.meta.url), 'utf8');

  it('opens the site standalone, relative to wherever it is hosted, in the site’s colours', () => {
    expect(manifest).toMatchObject({ short_name: '两委换届培训', start_url: './', scope: './', display: 'standalone' });
    expect(css).toContain(`--accent: ${manifest.theme_color};`);
    for (const icon of manifest.icons) expect(statSync(join(SUB_DIST, icon.src)).size).toBeGreaterThan(0);
  });
});

describe('the weight of offline support', () => {
  it('keeps the registration a few hundred bytes, loaded only after the page', () => {
    // What a first visit fetches: the update prompt (sw-update.js) comes only to a page the worker controls.
    const register = gzipSync(readFileSync(join(ROOT_DIST, 'sw-register.js')), { level: 9 }).length;
    const worker = gzipSync(readFileSync(join(ROOT_DIST, 'sw.js')), { level: 9 }).length;
    console.log(`[offline] sw-register.js ${register} B gzip, sw.js ${(worker / 1024).toFixed(1)} KB gzip`);
    expect(register).toBeLessThanOrEqual(300);
  });
});
