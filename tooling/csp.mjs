/**
 * The site's Content-Security-Policy, in one place: astro.config.mjs hands it to Astro's
 * `security.csp` (which adds the hashes of every script and style it bundles, plus the inline
 * ones the layouts register), the build test compares every page against it, and the README's
 * nginx example repeats it. No 'unsafe-inline' for scripts: text from task links and receipts
 * is shown on these pages, so only scripts the build knows may run.
 */

/** Directives besides script-src and style-src (Astro writes those two). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  // QR codes are PNG data URLs in <img>.
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Pagefind compiles its WebAssembly search index in the browser. */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];
export const STYLE_RESOURCES = ["'self'"];

/**
 * The value of astro.config.mjs's `security.csp`.
 * @returns {NonNullable<NonNullable<import('astro').AstroUserConfig['security']>['csp']>}
 */
export const cspConfig = () => ({
  algorithm: 'SHA-256',
  directives: CSP_DIRECTIVES,
  scriptDirective: { resources: SCRIPT_RESOURCES },
  styleDirective: { resources: STYLE_RESOURCES },
});
