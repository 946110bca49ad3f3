/**
 * Prints the nginx line that sends the built site's Content-Security-Policy as a header: one
 * policy for every page, the union of the <meta> policies the pages carry (each lists only the
 * hashes of its own inline scripts; see tooling/csp-per-page.mjs). Script hashes change with
 * every build, so run it after each build.
 *   npm run build && npm run csp:nginx [-- path/to/dist]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sitePolicy } from '../tooling/csp-per-page.mjs';

const dist = process.argv[2] ?? 'dist';
const policy = existsSync(join(dist, 'index.html')) ? sitePolicy(dist) : '';
if (!policy) {
  console.error(`${dist} has no page with a Content-Security-Policy <meta> tag: build the site first.`);
  process.exit(1);
}
console.log(`add_header Content-Security-Policy "${policy.replace(/&#39;/g, "'")}" always;`);
