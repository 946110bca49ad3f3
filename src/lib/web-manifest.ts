/**
 * The web app manifest, so the site can be added to a phone's home screen and open like an app.
 * Every URL in it is relative: a browser resolves them against the manifest's own address, so the
 * same file is right at a domain root and under a sub-path.
 */

/** The value of a custom property in the stylesheet's first (light) definition, e.g. "#b31b1b". */
export function cssVariable(css: string, name: string): string {
  const value = new RegExp(`${name}\\s*:\\s*([^;]+);`).exec(css)?.[1]?.trim();
  if (!value) throw new Error(`base.css: ${name} is not defined`);
  return value;
}

export interface ManifestInput {
  name: string;
  shortName: string;
  description: string;
  /** The brand colour (the CSS --accent): the title bar of the home-screen app. */
  themeColor: string;
  /** The page colour (the CSS --bg): the splash screen while the app starts. */
  backgroundColor: string;
}

export function webManifest(m: ManifestInput) {
  return {
    name: m.name,
    short_name: m.shortName,
    description: m.description,
    lang: 'zh-CN',
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: m.themeColor,
    background_color: m.backgroundColor,
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
