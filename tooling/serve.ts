import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

export interface StaticServer {
  origin: string;
  /** origin + base, e.g. http://127.0.0.1:1234/training/ */
  url: string;
  close(): Promise<void>;
}

/** What nginx's `gzip_types` in the README compresses (text/html always), by file extension. */
const TEXT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
};

export interface ServeOptions {
  /**
   * Compress text files as the README asks hosts to (nginx `gzip on` with its `gzip_types`);
   * without it files go out as they are on disk, the worst case of a host left unconfigured.
   */
  compress?: boolean;
  /**
   * Answers a request for `path` (the address below the base as asked, query included, e.g.
   * `print/` or `pagefind/pagefind-entry.json?ts=1`) only when the promise
   * returned settles: a test holds back what must not have arrived yet, whatever the machine's speed.
   */
  hold?: (path: string) => Promise<void> | undefined;
}

/** A handler answering text files gzip-compressed, or calling `next` for anything else. */
function compressedText(dir: string) {
  const cache = new Map<string, Buffer>();
  return (path: string, req: IncomingMessage, res: ServerResponse, next: () => void) => {
    let file: string;
    try {
      file = join(dir, decodeURIComponent(path.split('?')[0]!));
    } catch {
      return next(); // a malformed address: sirv answers it
    }
    if (file.endsWith('/')) file += 'index.html';
    const type = TEXT_TYPES[extname(file)];
    if (
      !type ||
      !file.startsWith(join(dir, '/')) ||
      !/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') ||
      !existsSync(file) ||
      !statSync(file).isFile()
    )
      return next();
    let body = cache.get(file);
    if (!body) cache.set(file, (body = gzipSync(readFileSync(file), { level: 6 })));
    res.setHeader('content-type', type);
    res.setHeader('content-encoding', 'gzip');
    res.setHeader('vary', 'Accept-Encoding');
    res.end(body);
  };
}

/**
 * Serves a built site with sirv, mounted at `base` the way nginx would with a location block:
 * anything outside the base is a 404, so a link that forgets the sub-path is caught. `port` 0
 * picks a free one; passing the port of a closed server redeploys to the same origin, which is
 * what a service worker needs to see an update.
 */
export async function serveStatic(
  dir: string,
  base = '/',
  port = 0,
  { compress = false, hold }: ServeOptions = {},
): Promise<StaticServer> {
  const files = sirv(dir, { dev: false, etag: true, gzip: false });
  const text = compress ? compressedText(dir) : undefined;
  const notFound = readFileSync(join(dir, '404.html'));
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    const fail = () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(notFound);
    };
    if (!url.startsWith(base)) return fail();
    const path = url.slice(base.length);
    req.url = `/${path}`;
    const answer = () => (text ? text(`/${path}`, req, res, () => files(req, res, fail)) : files(req, res, fail));
    const held = hold?.(path);
    if (held) void held.then(answer, () => res.destroy());
    else answer();
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
