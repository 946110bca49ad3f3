/**
 * Inline scripts Astro does not process (the layout's and the sidebar's) are allowed by the
 * Content-Security-Policy through their SHA-256 (see tooling/csp.mjs), so `script-src` never
 * needs 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';

/** The CSP source for an inline script's exact text, e.g. "sha256-…". */
export const scriptHash = (text: string): `sha256-${string}` =>
  `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
