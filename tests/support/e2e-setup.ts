/**
 * Global setup of the browser tests: builds the site (or reuses the one `npm test` has just built
 * from the same files), serves it with a real static server and hands its URL to the tests.
 */
import type { TestProject } from 'vitest/node';
import { buildSiteOnce } from '../../tooling/build-site';
import { serveStatic } from '../../tooling/serve';
import { ROOT_DIST } from '../../tooling/dirs';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    /** The folder served at siteUrl. */
    siteDist: string;
  }
}

export default async function setup(project: TestProject) {
  const outDir = ROOT_DIST;
  const result = buildSiteOnce({ outDir, base: '/' });
  if (!result.ok) throw new Error(`Build failed:\n${result.output}`);
  console.log(
    result.reused ? `[e2e] reusing the site built from the same files in ${outDir}` : `[e2e] built ${outDir}`,
  );
  const server = await serveStatic(outDir);
  project.provide('siteUrl', server.url);
  project.provide('siteDist', outDir);
  return () => server.close();
}
