/**
 * @astrojs/preact always hands its Vite preset a `babel` option, and with it the preset compiles
 * every island's JSX with Babel, in the client and the server build (about 100 transforms, the
 * largest single cost that a 1,000-lesson build has over a bare Astro site in Vite's stage; see
 * docs/benchmarks.md, 2026-12-07). Vite's own transform (oxc) compiles the same JSX, to the same
 * automatic runtime from preact (tsconfig.json's jsxImportSource), as it already does for
 * islands/election/. This plugin turns the preset's Babel transform off once the config is
 * resolved; tests/unit/preact-jsx-without-babel.test.ts fails when the preset no longer has it.
 * @returns {import('vite').Plugin}
 */
export function preactJsxWithoutBabel() {
  return {
    name: 'preact-jsx-without-babel',
    configResolved(config) {
      const babel = config.plugins.find((plugin) => plugin.name === PRESET_JSX_PLUGIN);
      if (babel) Object.assign(babel, { transform: undefined });
    },
  };
}

/** The preset's plugin that runs Babel (@preact/preset-vite). */
export const PRESET_JSX_PLUGIN = 'vite:preact-jsx';
