/** search/glossary.json: the glossary as search results (see lib/search/glossary.ts). */
import type { APIRoute } from 'astro';
import { loadGlossary } from '../../data/collections';
import type { GlossaryDataV1 } from '../../lib/search/glossary';
import { href } from '../../lib/url';

export const GET: APIRoute = async () => {
  const entries = (await loadGlossary()).map(({ data }) => ({
    id: data.id,
    term: data.term,
    definition: data.definition,
  }));
  const data: GlossaryDataV1 = { version: 1, page: href('glossary/'), entries };
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
};
