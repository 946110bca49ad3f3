/**
 * Cross-reference checks that no single-file schema can make: modules and lessons that exist,
 * ordering without gaps or repeats, sources that land on a real heading, question ids of the
 * `<module>-<number>` form receipts carry. Question ids are made unique earlier, by the loader
 * (see claimIds in question-bank.ts).
 */
import { questionNumber } from '../task/question-ref';

export interface ModuleRef {
  id: string;
  file: string;
  order: number;
  /** The module's short code for task links and receipts. */
  code: string;
}
/** A code of a removed module (content/retired-module-codes.yaml). */
export interface RetiredCode {
  code: string;
  module: string;
  file: string;
}
export interface LessonRef {
  /** "module/lesson" */
  id: string;
  file: string;
  /** Folder the file sits in. */
  folder: string;
  /** Module named in the frontmatter. */
  module: string;
  order: number;
  /** Heading ids (slugs) of the rendered lesson. */
  anchors: readonly string[];
}
export interface QuestionRef {
  id: string;
  file: string;
  module: string;
  source: string;
}

export interface ContentIndex {
  modules: readonly ModuleRef[];
  lessons: readonly LessonRef[];
  questions: readonly QuestionRef[];
  retiredCodes?: readonly RetiredCode[];
}

export function validateContent({ modules, lessons, questions, retiredCodes = [] }: ContentIndex): string[] {
  const errors: string[] = [];
  const moduleIds = new Set(modules.map((m) => m.id));
  errors.push(...checkModuleCodes(modules, retiredCodes));

  const moduleByOrder = new Map<number, ModuleRef>();
  for (const m of modules) {
    const other = moduleByOrder.get(m.order);
    if (other) errors.push(`${m.file}: module ${m.id}: order ${m.order} is already used by module ${other.id}`);
    else moduleByOrder.set(m.order, m);
  }

  const lessonsByModule = new Map<string, LessonRef[]>();
  for (const lesson of lessons) {
    const label = `${lesson.file}: lesson ${lesson.id}`;
    if (!moduleIds.has(lesson.module)) {
      errors.push(`${label}: module "${lesson.module}" does not exist`);
      continue;
    }
    if (lesson.module !== lesson.folder) {
      errors.push(`${label}: module "${lesson.module}" does not match its folder "${lesson.folder}"`);
      continue;
    }
    lessonsByModule.set(lesson.module, [...(lessonsByModule.get(lesson.module) ?? []), lesson]);
  }
  for (const [moduleId, list] of lessonsByModule) {
    const byOrder = new Map<number, LessonRef>();
    for (const lesson of list) {
      const other = byOrder.get(lesson.order);
      if (other) errors.push(`${lesson.file}: lesson ${lesson.id}: order ${lesson.order} is already used by lesson ${other.id}`);
      else byOrder.set(lesson.order, lesson);
    }
    for (let expected = 1; expected <= byOrder.size; expected++) {
      if (!byOrder.has(expected)) {
        errors.push(`module ${moduleId}: lesson order has a gap: no lesson has order ${expected} (orders must run 1, 2, 3 …)`);
        break;
      }
    }
  }

  const lessonById = new Map(lessons.map((l) => [l.id, l]));
  const idByNumber = new Map<string, string>();
  for (const q of questions) {
    const label = `${q.file}: question ${q.id}`;
    // The id names its module; with no module there is nothing to check it against yet.
    if (!moduleIds.has(q.module)) errors.push(`${label}: module "${q.module}" has no module.yaml`);
    else errors.push(...checkIdForm(q, idByNumber).map((message) => `${label}: ${message}`));

    const [lessonId = '', anchor = ''] = q.source.split('#');
    const lesson = lessonById.get(lessonId);
    if (!lesson) errors.push(`${label}: source: lesson "${lessonId}" does not exist`);
    else if (!lesson.anchors.includes(anchor)) {
      errors.push(`${label}: source: lesson "${lessonId}" has no heading with anchor "#${anchor}"`);
    }
  }
  return errors;
}

/**
 * Receipts carry a wrong question as its module and number (task/question-ref.ts), so an id must
 * be `<module>-<number>` and no two ids of a module may share a number (`m-7` and `m-07`).
 */
function checkIdForm(q: QuestionRef, idByNumber: Map<string, string>): string[] {
  const n = questionNumber(q.id, q.module);
  if (n === null) {
    return [`id: must be "${q.module}-<number>" (e.g. ${q.module}-07, 1–4 digits): receipts record wrong questions by module and number`];
  }
  const key = `${q.module}#${n}`;
  const other = idByNumber.get(key);
  if (other) return [`id: number ${n} is already used by ${other}; receipts record only the number, so numbers must differ within a module`];
  idByNumber.set(key, q.id);
  return [];
}

/** Codes are unique among modules and never reuse a removed module's code: old links name them. */
function checkModuleCodes(modules: readonly ModuleRef[], retired: readonly RetiredCode[]): string[] {
  const errors: string[] = [];
  const byCode = new Map<string, ModuleRef>();
  const retiredByCode = new Map(retired.map((r) => [r.code, r]));
  for (const m of modules) {
    const label = `${m.file}: module ${m.id}: code`;
    const other = byCode.get(m.code);
    const gone = retiredByCode.get(m.code);
    if (other) errors.push(`${label}: "${m.code}" is already used by module ${other.id} (${other.file}); give each module its own code`);
    else byCode.set(m.code, m);
    if (gone && gone.module !== m.id) {
      errors.push(`${label}: "${m.code}" belonged to the removed module ${gone.module} (${gone.file}); codes are never reused, choose another`);
    }
  }
  return errors;
}
