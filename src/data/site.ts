/**
 * The site's content, loaded once per build: collections sorted for navigation, checked across
 * files (see lib/content/validate) and, with BANK_CHECKS set, held to the question-bank targets
 * (lib/content/bank-checks, whose tables are printed in the build log). Pages read modules, lessons
 * and questions through here, the other collections through collections.ts; nothing outside
 * src/data calls getCollection.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { bankCheckMode } from '../lib/content/bank-checks/mode';
import { formatBankTable, formatGuessingTable } from '../lib/content/bank-checks/report';
import { BANK_TARGETS, checkBanks, type Bank } from '../lib/content/bank-checks/targets';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, displayPath } from '../lib/content/content-dir';
import { parseRetiredCodes, RETIRED_CODES_FILE } from '../lib/content/retired-codes';
import { ContentError } from '../lib/content/messages';
import { validateContent } from '../lib/content/validate';
import { checkLocalRuleUsage } from '../lib/content/local-rule-usage';
import { loadLocalRules } from './local-rules';

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
  problems.push(
    ...checkLocalRuleUsage(lessons.map((l) => ({ id: l.id, file: displayPath(l.filePath), body: l.body ?? '' }))),
  );
  problems.unshift(...retired.errors);
  modules.sort((a, b) => a.data.order - b.data.order);
  problems.push(...checkQuestionBanks(modules, questions));
  if (problems.length > 0) throw new ContentError(problems);
  // A broken content/local.yaml fails every build, not only one that renders a <LocalRule>.
  loadLocalRules();

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

/** With BANK_CHECKS set, prints the bank tables once per build; returns the misses when it is `enforce`. */
function checkQuestionBanks(modules: Module[], questions: CollectionEntry<'questions'>[]): string[] {
  const mode = bankCheckMode();
  if (mode === 'off') return [];
  const banks = new Map<string, Bank & { questions: Question[] }>();
  for (const m of modules) banks.set(m.id, { module: m.id, file: '', questions: [] });
  for (const q of questions) {
    const bank = banks.get(q.data.module);
    if (!bank) continue; // validateContent reports a bank without a module.
    bank.file = displayPath(q.filePath);
    bank.questions.push(q.data);
  }
  const list = [...banks.values()].filter((b) => b.questions.length > 0);
  const check = checkBanks(list);
  console.log(`\n${formatBankTable(check, BANK_TARGETS)}\n\n${formatGuessingTable(list)}\n`);
  if (mode === 'enforce') return check.problems.map((p) => p.message);
  if (check.problems.length > 0)
    console.log(`BANK_CHECKS=report: ${check.problems.length} miss(es) of the bank targets not enforced.`);
  return [];
}

/** Lessons in reading order across the whole site, for previous/next links. */
export function readingOrder(site: SiteContent): Lesson[] {
  return site.modules.flatMap((m) => site.lessonsByModule.get(m.id) ?? []);
}
