import { Window } from 'happy-dom';

export interface CrawlReport {
  pages: Map<string, Document>;
  broken: string[];
  /** Every URL fetched, with its status. */
  fetched: Map<string, number>;
}

const LINK_ATTRS = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
] as const;

/**
 * Follows every link, stylesheet, script and image from `start`, staying on the origin:
 * pages are parsed and followed, assets fetched, and JavaScript chunks followed through their
 * relative imports. Fragment links must land on an element with that id.
 */
export async function crawl(start: string): Promise<CrawlReport> {
  const origin = new URL(start).origin;
  const pages = new Map<string, Document>();
  const fetched = new Map<string, number>();
  const broken: string[] = [];
  const fragments: { from: string; target: string; id: string }[] = [];
  const queue: { url: string; from: string }[] = [{ url: start, from: '(start)' }];
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });

  while (queue.length > 0) {
    const { url, from } = queue.shift()!;
    if (fetched.has(url)) continue;
    const res = await fetch(url);
    fetched.set(url, res.status);
    if (!res.ok) {
      broken.push(`${url} (${res.status}) linked from ${from}`);
      continue;
    }
    const type = res.headers.get('content-type') ?? '';
    if (type.includes('text/html')) {
      const doc = new window.DOMParser().parseFromString(await res.text(), 'text/html') as unknown as Document;
      pages.set(url, doc);
      for (const [selector, attr] of LINK_ATTRS) {
        for (const el of doc.querySelectorAll(selector)) {
          const target = new URL(el.getAttribute(attr)!, url);
          if (target.origin !== origin) continue;
          if (target.hash && target.pathname === new URL(url).pathname) {
            fragments.push({ from: url, target: url, id: decodeURIComponent(target.hash.slice(1)) });
            continue;
          }
          if (target.hash)
            fragments.push({
              from: url,
              target: target.href.split('#')[0]!,
              id: decodeURIComponent(target.hash.slice(1)),
            });
          target.hash = '';
          queue.push({ url: target.href, from: url });
        }
      }
    } else if (type.includes('javascript')) {
      for (const [, path] of (await res.text()).matchAll(/["'](\.\.?\/[\w./-]+\.js)["']/g)) {
        queue.push({ url: new URL(path!, url).href, from: url });
      }
    }
  }
  for (const { from, target, id } of fragments) {
    const doc = pages.get(target);
    if (doc && !doc.getElementById(id)) broken.push(`${target}#${id} (no such anchor) linked from ${from}`);
  }
  await window.happyDOM.close();
  return { pages, broken, fetched };
}
