// The service worker, bundled with the offline plan by tooling/offline/build-sw.ts into sw.js.
// It takes over after storing a small core (the shell), so a first visit is served from the cache
// within seconds, and then fills the cache in the background: the active task's page and modules
// first, then, unless the reader chose to keep only the task, the rest of the site. A file is
// served from the cache as soon as it is there. A new deploy installs beside the old one, storing
// the files this phone already has in their new version, and waits for the reader to press
// 新版本可用，点此更新 (sw-update.js), so no page mixes two versions.
import { cacheKey, fillOrder, progress } from '../lib/offline/plan';

/** @type {import('../lib/offline/plan').OfflinePlan} */
// eslint-disable-next-line no-undef
const PLAN = __OFFLINE_PLAN__;
const SCOPE = self.registration.scope;
// workbox-precaching's name and keys: a phone that kept the site with the earlier worker keeps it.
const PRECACHE = `hj-precache-v2-${SCOPE}`;
const CHUNKS = 'hj-pagefind-chunks';
const SETTINGS = 'hj-offline-settings';
const WISH_URL = `${SCOPE}__offline-wish`;
const CHUNK = /^pagefind\/(index|fragment|filter)\//;
// On a slow line each request waits a round trip: four at a time keep a 1.6 Mbps, 150 ms line
// busy (about 30 KB in flight) and leave two of a browser's six connections to the page; a file
// the page asks for that is stored already comes from the cache.
const PARALLEL = 4;
const KEYS = PLAN.files.map((file) => cacheKey(SCOPE, file));
const INDEX = new Map(PLAN.files.map(([url], i) => [url, i]));

/** The keys stored so far, read once per worker start and kept up to date as files are stored. */
let stored;
const storedKeys = () =>
  (stored ??= caches
    .open(PRECACHE)
    .then((cache) => cache.keys())
    .then((requests) => new Set(requests.map((r) => r.url))));

async function store(i) {
  const [url, revision] = PLAN.files[i];
  // A file named by its content hash may come from the HTTP cache; any other is checked with the server.
  const response = await fetch(SCOPE + url, { cache: revision === null ? 'default' : 'no-cache' });
  if (!response.ok) return; // Left out of this round; the next one tries again.
  // A host that redirects x/index.html to x/ marks the response redirected, and a browser refuses
  // such a response for a page it opens: store it as a plain one.
  const plain = response.redirected ? new Response(response.body, response) : response;
  await (await caches.open(PRECACHE)).put(KEYS[i], plain);
  (await storedKeys()).add(KEYS[i]);
}

/** Stores the files in `order` not stored yet, a few at a time; `order` is read as it goes, so a new wish takes effect at once. */
let order = [];
let next = 0;
async function storeInOrder() {
  const have = await storedKeys();
  const busy = new Set();
  const worker = async () => {
    for (;;) {
      while (next < order.length && (have.has(KEYS[order[next]]) || busy.has(order[next]))) next++;
      if (next >= order.length) return;
      const i = order[next++];
      busy.add(i);
      try {
        await store(i);
      } finally {
        busy.delete(i);
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

async function readWish() {
  try {
    const saved = await caches.match(WISH_URL, { cacheName: SETTINGS });
    if (saved) return await saved.json();
  } catch {
    // Unreadable: the whole site, as for a reader who never chose.
  }
  return { first: [], only: false };
}

let wish;
let filling;
/** Starts or steers the background fill; a page that names no task leaves the last wish as it is. */
async function fill(asked) {
  const wanted = Array.isArray(asked.first) ? { first: asked.first.map(String), only: !!asked.only } : null;
  const now = wanted ?? wish ?? (await readWish());
  // Pages ask every second while they show progress: write the wish only when it changes.
  if (wanted && JSON.stringify(wanted) !== JSON.stringify(wish ?? (await readWish())))
    await (await caches.open(SETTINGS)).put(WISH_URL, new Response(JSON.stringify(wanted)));
  if (!wish || JSON.stringify(now) !== JSON.stringify(wish)) {
    wish = now;
    order = fillOrder(PLAN, wish);
    next = 0;
  }
  // No network: stop; the next page that opens starts again.
  filling ??= storeInOrder()
    .catch(() => undefined)
    .finally(() => (filling = undefined));
  return filling;
}

async function report(asked) {
  const have = await storedKeys();
  const known = wish ?? (await readWish());
  const about = Array.isArray(asked.first) ? { first: asked.first.map(String), only: !!asked.only } : known;
  return progress(PLAN, about, (i) => have.has(KEYS[i]));
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const wanted = new Set(PLAN.core);
      // An update first stores, in their new version, the files this phone has, so nothing saved
      // goes missing when the reader accepts it.
      if (self.registration.active) {
        const had = new Set([...(await storedKeys())].map((key) => key.slice(SCOPE.length).replace(/\?.*/, '')));
        PLAN.files.forEach(([url], i) => had.has(url) && wanted.add(i));
      }
      order = [...wanted];
      next = 0;
      await storeInOrder();
      const have = await storedKeys();
      // A core file that did not arrive fails the install: the old version (or the network) serves on.
      if (PLAN.core.some((i) => !have.has(KEYS[i]))) throw new Error('offline core incomplete');
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const current = new Set(KEYS);
      const cache = await caches.open(PRECACHE);
      for (const request of await cache.keys()) if (!current.has(request.url)) await cache.delete(request);
      // Caches of earlier versions (workbox's temporary precache among them).
      for (const name of await caches.keys())
        if (name.includes('-precache-') && name !== PRECACHE) await caches.delete(name);
      stored = undefined;
      // The first visit is served by the worker at once, so it can go offline without a reload.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data || {};
  // A new deploy waits until the reader presses "新版本可用，点此更新" (sw-update.js sends SKIP_WAITING).
  if (data.type === 'SKIP_WAITING') self.skipWaiting();
  // FILL comes to the active worker (from every page, with the task from the task pages); STATUS
  // may come to one still installing.
  if (data.type === 'FILL') event.waitUntil(fill(data));
  if ((data.type === 'FILL' || data.type === 'STATUS') && event.ports[0])
    event.waitUntil(report(data).then((status) => event.ports[0].postMessage(status)));
});

async function fromPlan(i, request) {
  const hit = await caches.match(KEYS[i], { cacheName: PRECACHE });
  if (hit) return hit;
  try {
    return await fetch(request);
  } catch (err) {
    // A page not saved yet, with no network: the offline help says what this phone has.
    const help = request.mode === 'navigate' && ((await saved('offline/index.html')) ?? (await saved('404.html')));
    if (help) return help;
    throw err;
  }
}

async function saved(url) {
  const i = INDEX.get(url);
  return i === undefined ? undefined : caches.match(KEYS[i], { cacheName: PRECACHE });
}

/** Search chunks a large site does not precache: kept as they are searched, the oldest dropped past the limit. */
async function chunk(request) {
  const cache = await caches.open(CHUNKS);
  const hit = await cache.match(request, { ignoreSearch: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.status === 200) {
    await cache.put(request, response.clone());
    const keys = await cache.keys();
    for (const old of keys.slice(0, Math.max(0, keys.length - PLAN.chunkLimit))) await cache.delete(old);
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const here = url.origin + url.pathname;
  if (!here.startsWith(SCOPE)) return;
  // A static server returns the same file whatever the query says (WeChat's from=, the site's ?t=).
  let path = decodeURI(here.slice(SCOPE.length));
  if (path === '' || path.endsWith('/')) path += 'index.html';
  const i = INDEX.get(path);
  if (i !== undefined) event.respondWith(fromPlan(i, request));
  else if (CHUNK.test(path)) event.respondWith(chunk(request));
  // A page this build does not have (a mistyped link): the network answers when there is one,
  // the site's 404 page with its module list when there is not.
  else if (request.mode === 'navigate')
    event.respondWith(fetch(request).catch(async (err) => (await saved('404.html')) ?? Promise.reject(err)));
});
