/**
 * Astro writes one Content-Security-Policy into every page: the hashes of every inline script and
 * style any page of the site might carry (each client directive, the island runtime in its
 * production and development builds, the layouts' own scripts). A lesson carries two of them, and
 * the other fourteen cost it 0.7 KB gzip of hashes that compress not at all. After the build,
 * each page's policy keeps only the hashes of the inline scripts and styles that page contains
 * (inside <template> too: their scripts run when cloned in), and a hashed directive left with
 * nothing but default-src's sources is dropped. An inline piece the site's policy
 * does not allow fails the build: this step narrows the policy, it never widens it. Applied to
 * every page by tooling/page-rewrites.mjs.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
/** Directives whose hash sources follow the page's own inline pieces. */
const HASHED = ['script-src', 'style-src'];

/** @param {string} text */
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The hash sources a page needs: one per inline script (data blocks such as JSON excepted) and
 * per <style>, as CSP source expressions.
 * @param {string} html
 * @returns {{ 'script-src': Set<string>, 'style-src': Set<string> }}
 */
export function inlineHashes(html) {
  const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs = '', body]) => body && !/\ssrc=/.test(attrs) && !/type="?application\/(ld\+)?json/.test(attrs))
    .map(([, , body]) => sha256(body));
  const styles = [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)].map(([, body]) => sha256(body));
  return { 'script-src': new Set(scripts), 'style-src': new Set(styles) };
}

/**
 * The page with its policy narrowed to its own inline pieces. Throws, naming `name`, when the page
 * carries an inline script or style the policy does not already allow. A page without a policy
 * is returned as it is.
 * @param {string} html
 * @param {string} name
 */
export function narrowPolicy(html, name) {
  const policy = META.exec(html)?.[1];
  if (policy === undefined) return html;
  const needed = inlineHashes(html);
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((directive) => {
      const [key, ...sources] = directive.split(/\s+/);
      if (!HASHED.includes(key)) return directive;
      const own = needed[/** @type {'script-src' | 'style-src'} */ (key)];
      for (const source of own)
        if (!sources.includes(source))
          throw new Error(
            `${name}: an inline ${key === 'script-src' ? 'script' : 'style'} (${source}) is not in the site's Content-Security-Policy`,
          );
      return [key, ...sources.filter((s) => !s.startsWith("'sha") || own.has(s))].join(' ');
    })
    // A directive left with just default-src's sources says nothing default-src does not (a page
    // without inline styles: style-src 'self'); the browser falls back to default-src.
    .filter((directive, _, all) => {
      const [key, ...sources] = directive.split(' ');
      const fallback = all
        .find((d) => d.startsWith('default-src '))
        ?.split(' ')
        .slice(1);
      return !HASHED.includes(key) || !fallback || sources.join(' ') !== fallback.join(' ');
    });
  return html.replace(META, () => `<meta http-equiv="content-security-policy" content="${directives.join(';')}">`);
}

/**
 * The pages of a built site (`dir`, the output folder).
 * @param {string} dir
 */
export function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

/**
 * One policy that allows every page of a built site: for a server header, which covers every
 * page at once (script-src and style-src list the hashes of all pages).
 * @param {string} dir
 */
export function sitePolicy(dir) {
  /** @type {Map<string, Set<string>>} */
  const merged = new Map();
  for (const file of htmlFiles(dir)) {
    const policy = META.exec(readFileSync(file, 'utf8'))?.[1];
    if (!policy) continue;
    for (const directive of policy.split(';')) {
      const [key, ...sources] = directive.trim().split(/\s+/);
      if (!key) continue;
      if (!merged.has(key)) merged.set(key, new Set());
      for (const s of sources) merged.get(key)?.add(s);
    }
  }
  return [...merged].map(([key, sources]) => [key, ...sources].join(' ')).join(';');
}
