/**
 * /print/titles.json, in a build only: every running title's stylesheet (data/print-titles), which
 * tooling/print-titles.mjs writes out as print/titles/<sheet>.css before it deletes this list.
 */
import type { APIRoute } from 'astro';
import { printTitleSheets } from '../../data/print-titles';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await printTitleSheets()), { headers: { 'content-type': 'application/json' } });
