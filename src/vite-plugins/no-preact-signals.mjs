/**
 * @astrojs/preact's client renderer keeps a dynamic import of @preact/signals for islands that
 * receive signals as props. This site passes none, and that one import pulls Vite's preload
 * helper (about 0.9 KB gzip) onto every page with an island, against the quiz page's 14 KB
 * budget. This plugin turns the branch into a clear error instead. The renderer is pinned to an
 * exact version in package.json, and tests/unit/no-preact-signals.test.ts fails when the installed
 * renderer no longer has the line, so an upgrade cannot silently undo the patch.
 * @returns {import('vite').Plugin}
 */
export function noPreactSignals() {
  const line = 'const { signal } = await import("@preact/signals");';
  return {
    name: 'no-preact-signals',
    enforce: 'pre',
    transform: {
      // Rolldown skips every other module without calling into JavaScript (a build has thousands).
      filter: { id: /@astrojs[\\/]preact[\\/]/ },
      handler(code, id) {
        if (!id.includes('@astrojs/preact') || !id.endsWith('client.js') || !code.includes(line)) return null;
        return code.replace(
          line,
          'throw new Error("Preact signals are not supported as island props on this site.");const signal = null;',
        );
      },
    },
  };
}
