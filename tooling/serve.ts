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
 * anything outside the base is a 404, so a link that forgets the sub-path is caught.
 */
export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: origin + base,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
