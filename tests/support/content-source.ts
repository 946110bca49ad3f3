/**
 * The curriculum read straight from the content files, for browser tests that must not take
 * their expected answers from the built pages they test.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../../tooling/dirs';

export const CONTENT = join(ROOT, 'content');

export interface SourceLesson {
  id: string;
  order: number;
  title: string;
}
export interface SourceModule {
  id: string;
  order: number;
  title: string;
  summary: string;
  lessons: SourceLesson[];
  checklist?: { title: string; lastItem: string };
}
export interface SourceQuestion {
  id: string;
  type: 'single' | 'multiple' | 'judge' | 'order';
  stem: string;
  options?: string[];
  answer: number | boolean | number[];
  source: string;
  retired?: boolean;
}

const frontmatter = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!);

/** Modules in site order, each with its lessons in order and its checklist. */
export function readCurriculum(): SourceModule[] {
  return readdirSync(CONTENT, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(CONTENT, d.name, 'module.yaml')))
    .map((d) => {
      const dir = join(CONTENT, d.name);
      const meta = parse(readFileSync(join(dir, 'module.yaml'), 'utf8'));
      const lessons = readdirSync(dir)
        .filter((f) => /^\d\d-.*\.mdx$/.test(f))
        .map((f) => {
          const fm = frontmatter(join(dir, f));
          return { id: `${d.name}/${f.slice(3, -4)}`, order: fm.order as number, title: fm.title as string };
        })
        .sort((a, b) => a.order - b.order);
      const checklistFile = join(dir, 'checklist.mdx');
      const checklist = existsSync(checklistFile)
        ? {
            title: frontmatter(checklistFile).title as string,
            lastItem: [...readFileSync(checklistFile, 'utf8').matchAll(/^- \[ \] (.+)$/gm)].at(-1)![1]!,
          }
        : undefined;
      return { id: d.name, order: meta.order, title: meta.title, summary: meta.summary, lessons, checklist };
    })
    .sort((a, b) => a.order - b.order);
}

/** Every live question of the given modules, from their questions.yaml. */
export function readQuestions(moduleIds: string[]): SourceQuestion[] {
  return moduleIds.flatMap((m) =>
    (parse(readFileSync(join(CONTENT, m, 'questions.yaml'), 'utf8')).questions as SourceQuestion[]).filter(
      (q) => !q.retired,
    ),
  );
}

/** All authored text (lessons, checklists, pages, banks, glossary) in one string. */
export function contentText(): string {
  return (
    readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
      // What the handbook prints: modules and the glossary; stand-alone pages (FAQ, offline help) are not in it.
      .filter((f) => /\.(mdx|ya?ml)$/.test(f) && !f.startsWith('pages/'))
      .map((f) => readFileSync(join(CONTENT, f), 'utf8'))
      .join('\n')
  );
}

/** A question with its key counted from 0, as pages show options (authors count from 1). */
export interface KeyedQuestion extends SourceQuestion {
  options: string[];
}

/** The modules' questions by id, keys counted from 0. */
export function answerKey(moduleIds: string[]): Map<string, KeyedQuestion> {
  return new Map(
    readQuestions(moduleIds).map((q) => {
      const answer =
        typeof q.answer === 'boolean'
          ? q.answer
          : typeof q.answer === 'number'
            ? q.answer - 1
            : q.answer.map((n) => n - 1);
      return [q.id, { ...q, options: q.options ?? [], answer }];
    }),
  );
}
