import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
  origin: string;
  /** origin + base, e.g. http://127.0.0.1:1234/training/ */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site with sirv, mounted at `base` the way nginx would with a location block:
 * anything outside the base is a 404, so a link that forgets the sub-path is caught. `port` 0
 * picks a free one; passing the port of a closed server redeploys to the same origin, which is
 * what a service worker needs to see an update.
 */
export async function serveStatic(dir: string, base = '/', port = 0): Promise<StaticServer> {
  const files = sirv(dir, { dev: false, etag: true, gzip: false });
  const notFound = readFileSync(join(dir, '404.html'));
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    const fail = () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(notFound);
    };
    if (!url.startsWith(base)) return fail();
    req.url = `/${url.slice(base.length)}`;
    files(req, res, fail);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: origin + base,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A browser keeps connections open; closing them makes "the server is gone" true at once.
        server.closeAllConnections();
      }),
  };
}
