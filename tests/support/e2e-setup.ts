/**
 * Global setup of the browser tests: builds the site, serves dist with a real static server
 * and hands its URL to the tests.
 */
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../tooling/build-site';
import { serveStatic } from '../../tooling/serve';
import { TEST_DIST } from '../../tooling/dirs';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    /** The folder served at siteUrl. */
    siteDist: string;
    /** Tells one run of the suite from the next (see sub-path-site.ts). */
    runId: string;
  }
}

export default async function setup(project: TestProject) {
  const outDir = join(TEST_DIST, 'e2e');
  const result = buildSite({ outDir });
  if (!result.ok) throw new Error(`Build failed:\n${result.output}`);
  const server = await serveStatic(outDir);
  project.provide('siteUrl', server.url);
  project.provide('siteDist', outDir);
  project.provide('runId', `${process.pid}-${Date.now()}`);
  return () => server.close();
}
