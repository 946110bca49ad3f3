/**
 * search/suggest.json: the vocabulary "did you mean" corrects towards and the character-to-pinyin
 * table for it (see lib/search/vocabulary.ts). Fetched by the reader's browser only when a query
 * finds nothing. Pinyin is worked out here, at build time, by pinyin-pro: none of it ships.
 */
import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { pinyin } from 'pinyin-pro';
import { loadChecklists, loadContentPages, loadGlossary } from '../../data/collections';
import { loadSite } from '../../data/site';
import { boldTerms, buildSuggestData, commonCharacters, phrasesOf, vocabulary } from '../../lib/search/vocabulary';

const toneless = { toneType: 'none', v: true } as const;

/** Contextual readings, so 银行 gives hang and 行使 gives xing. */
const pinyinOf = (text: string) => pinyin(text, { ...toneless, type: 'all' }).map((c) => (c.isZh ? c.pinyin : ''));
const readingsOf = (char: string) => pinyin(char, { ...toneless, type: 'array', multiple: true });

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const lessons = [...site.lessonsById.values()];
  const [checklists, pages, glossary] = await Promise.all([loadChecklists(), loadContentPages(), loadGlossary()]);
  const documents = [...lessons, ...checklists, ...pages];
  const headings = (
    await Promise.all(documents.map(async (d) => (await render(d)).headings.filter((h) => h.depth <= 3)))
  ).flatMap((list) => list.map((h) => h.text));
  const candidates = vocabulary([
    ...documents.map((d) => d.data.title),
    ...headings,
    ...glossary.map((g) => g.data.term),
    ...documents.flatMap((d) => boldTerms(d.body ?? '')),
    ...lessons.flatMap((l) => l.data.legalBasis.map((b) => b.law)),
  ]);
  // Only what a search can find: text of the indexed pages (emphasis marks removed) or the glossary.
  const searchable = [
    ...documents.map((d) => `${d.data.title}\n${(d.body ?? '').replace(/\*\*|__/g, '')}`),
    ...glossary.map((g) => `${g.data.term}\n${g.data.definition}`),
  ].join('\n');
  const phrases = candidates.filter((p) => searchable.includes(p) && phrasesOf(p).length === 1);
  const data = buildSuggestData(phrases, pinyinOf, readingsOf, commonCharacters());
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
};
