/**
 * Prints the nginx line that sends the built site's Content-Security-Policy as a header: the
 * policy every page already carries in its <meta> tag (see tooling/csp.mjs), read from
 * dist/index.html because its script hashes change with every build.
 *   npm run build && npm run csp:nginx [-- path/to/dist]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
if (!policy) {
  console.error(`${dist}/index.html has no Content-Security-Policy <meta> tag: build the site first.`);
  process.exit(1);
}
console.log(`add_header Content-Security-Policy "${policy.replace(/&#39;/g, "'")}" always;`);
