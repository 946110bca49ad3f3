import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const TEST_DIST = join(ROOT, '.test-dist');
/** The site built for a domain root. */
export const ROOT_DIST = join(TEST_DIST, 'root');
/** The same site built for SITE_BASE=/training/. */
export const SUB_DIST = join(TEST_DIST, 'sub');
export const SUB_BASE = '/training/';
/** A small fixture site with a module whose questions are all retired (no quiz page). */
export const RETIRED_DIST = join(TEST_DIST, 'retired');
