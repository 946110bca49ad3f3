/** /sw-register.js: the service worker's registration and update prompt, minified, with the worker's URL filled in. */
import code from '../client/sw-register.js?minified';
import { href } from '../lib/url';

export function GET() {
  if (!code.includes('__SW_URL__')) throw new Error('sw-register.js: __SW_URL__ is missing');
  return new Response(code.replace('__SW_URL__', href('sw.js')), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
}
