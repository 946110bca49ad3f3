/** /sw-update.js: the update prompt of a page the service worker controls (see sw-register.js), minified. */
import code from '../client/sw-update.js?minified';

export function GET() {
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
