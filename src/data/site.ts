/**
 * The site's content, loaded once per build: collections sorted for navigation, and checked
 * across files (see lib/content/validate). Pages read everything through here.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { relative } from 'node:path';
import { ContentError } from '../lib/content/messages';
import { validateContent } from '../lib/content/validate';

export type Module = CollectionEntry<'modules'>;
export type Lesson = CollectionEntry<'lessons'>;
export type Question = CollectionEntry<'questions'>['data'];

export interface SiteContent {
  modules: Module[];
  lessonsByModule: Map<string, Lesson[]>;
  questionsByModule: Map<string, Question[]>;
  lessonsById: Map<string, Lesson>;
  questionsById: Map<string, Question>;
  /** "module/lesson#anchor" → the heading's text, for citing where a question is taught. */
  sectionTitles: Map<string, string>;
}

const display = (path: string | undefined) => (path ? relative(process.cwd(), path) : '(unknown file)');
/** "module/lesson" → "lesson", the last part of the lesson's URL. */
export const slugOf = (lessonId: string) => lessonId.split('/')[1]!;

let loading: Promise<SiteContent> | undefined;

export function loadSite(): Promise<SiteContent> {
  loading ??= load();
  return loading;
}

async function load(): Promise<SiteContent> {
  const [modules, lessons, questions] = await Promise.all([
    getCollection('modules'),
    getCollection('lessons'),
    getCollection('questions'),
  ]);
  const anchors = new Map<string, string[]>();
  const sectionTitles = new Map<string, string>();
  await Promise.all(
    lessons.map(async (lesson) => {
      const { headings } = await render(lesson);
      anchors.set(
        lesson.id,
        headings.map((h) => h.slug),
      );
      for (const h of headings) sectionTitles.set(`${lesson.id}#${h.slug}`, h.text);
    }),
  );

  const problems = validateContent({
    modules: modules.map((m) => ({ id: m.id, file: display(m.filePath), order: m.data.order })),
    lessons: lessons.map((l) => ({
      id: l.id,
      file: display(l.filePath),
      folder: l.id.split('/')[0]!,
      module: l.data.module,
      order: l.data.order,
      anchors: anchors.get(l.id) ?? [],
    })),
    questions: questions.map((q) => ({
      id: q.id,
      file: display(q.filePath),
      module: q.data.module,
      source: q.data.source,
    })),
  });
  if (problems.length > 0) throw new ContentError(problems);

  modules.sort((a, b) => a.data.order - b.data.order);
  const lessonsByModule = new Map(modules.map((m) => [m.id, [] as Lesson[]]));
  for (const lesson of lessons) lessonsByModule.get(lesson.data.module)?.push(lesson);
  for (const list of lessonsByModule.values()) list.sort((a, b) => a.data.order - b.data.order);
  const questionsByModule = new Map(modules.map((m) => [m.id, [] as Question[]]));
  for (const q of questions) questionsByModule.get(q.data.module)?.push(q.data);
  return {
    modules,
    lessonsByModule,
    questionsByModule,
    lessonsById: new Map(lessons.map((l) => [l.id, l])),
    questionsById: new Map(questions.map((q) => [q.id, q.data])),
    sectionTitles,
  };
}

/** Lessons in reading order across the whole site, for previous/next links. */
export function readingOrder(site: SiteContent): Lesson[] {
  return site.modules.flatMap((m) => site.lessonsByModule.get(m.id) ?? []);
}
