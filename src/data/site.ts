/**
 * The site's content, loaded once per build: collections sorted for navigation, and checked
 * across files (see lib/content/validate). Pages read everything through here.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, displayPath } from '../lib/content/content-dir';
import { parseRetiredCodes, RETIRED_CODES_FILE } from '../lib/content/retired-codes';
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
}

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
  await Promise.all(
    lessons.map(async (lesson) => {
      const { headings } = await render(lesson);
      anchors.set(
        lesson.id,
        headings.map((h) => h.slug),
      );
    }),
  );

  const retiredPath = join(contentDir(), RETIRED_CODES_FILE);
  const retired = existsSync(retiredPath)
    ? parseRetiredCodes(readFileSync(retiredPath, 'utf8'), displayPath(retiredPath))
    : { retired: [], errors: [] };

  const problems = validateContent({
    modules: modules.map((m) => ({
      id: m.id,
      file: displayPath(m.filePath),
      order: m.data.order,
      code: m.data.code,
    })),
    retiredCodes: retired.retired,
    lessons: lessons.map((l) => ({
      id: l.id,
      file: displayPath(l.filePath),
      folder: l.id.split('/')[0]!,
      module: l.data.module,
      order: l.data.order,
      anchors: anchors.get(l.id) ?? [],
    })),
    questions: questions.map((q) => ({
      id: q.id,
      file: displayPath(q.filePath),
      module: q.data.module,
      source: q.data.source,
    })),
  });
  problems.unshift(...retired.errors);
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
  };
}

/** Lessons in reading order across the whole site, for previous/next links. */
export function readingOrder(site: SiteContent): Lesson[] {
  return site.modules.flatMap((m) => site.lessonsByModule.get(m.id) ?? []);
}
