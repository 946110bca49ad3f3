/** /sw-register.js: the service worker's registration, minified, with the worker's and the update prompt's URLs filled in. */
import code from '../client/sw-register.js?minified';
import { href } from '../lib/url';

export function GET() {
  for (const name of ['__SW_URL__', '__UPDATE_URL__'])
    if (!code.includes(name)) throw new Error(`sw-register.js: ${name} is missing`);
  return new Response(code.replace('__SW_URL__', href('sw.js')).replace('__UPDATE_URL__', href('sw-update.js')), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
}
