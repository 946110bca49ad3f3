/**
 * The collections outside the module/lesson/question model of site.ts: the glossary, checklists
 * and content pages. Pages, layouts and components read them here, never with getCollection.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

export type GlossaryTerm = CollectionEntry<'glossary'>;
export type Checklist = CollectionEntry<'checklists'>;
export type ContentPage = CollectionEntry<'pages'>;

/** Every glossary term, in Chinese dictionary order of the term. */
export async function loadGlossary(): Promise<GlossaryTerm[]> {
  return (await getCollection('glossary')).sort((a, b) => a.data.term.localeCompare(b.data.term, 'zh-CN'));
}

export async function loadGlossaryTerm(id: string): Promise<GlossaryTerm | undefined> {
  return getEntry('glossary', id);
}

export const loadChecklists = (): Promise<Checklist[]> => getCollection('checklists');

/** A module's checklist, if it has one (same id as the module). */
export async function loadChecklist(moduleId: string): Promise<Checklist | undefined> {
  return getEntry('checklists', moduleId);
}

export const loadContentPages = (): Promise<ContentPage[]> => getCollection('pages');
