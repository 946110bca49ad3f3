/** search/modules.json: the module titles in course order, for the header dialog's 限定模块 (client/search-dialog.ts). */
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site';

export const GET: APIRoute = async () => {
  const { modules } = await loadSite();
  // The titles are the values of Pagefind's module filter (see SearchForm.astro).
  return new Response(JSON.stringify(modules.map((m) => m.data.title)), {
    headers: { 'content-type': 'application/json' },
  });
};
