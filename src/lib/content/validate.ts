/**
 * Cross-reference checks that no single-file schema can make: modules and lessons that exist,
 * ordering without gaps or repeats, sources that land on a real heading. Question ids are made
 * unique earlier, by the loader (see claimIds in question-bank.ts).
 */

export interface ModuleRef {
  id: string;
  file: string;
  order: number;
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
}

export function validateContent({ modules, lessons, questions }: ContentIndex): string[] {
  const errors: string[] = [];
  const moduleIds = new Set(modules.map((m) => m.id));

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
  for (const q of questions) {
    const label = `${q.file}: question ${q.id}`;
    if (!moduleIds.has(q.module)) errors.push(`${label}: module "${q.module}" has no module.yaml`);

    const [lessonId = '', anchor = ''] = q.source.split('#');
    const lesson = lessonById.get(lessonId);
    if (!lesson) errors.push(`${label}: source: lesson "${lessonId}" does not exist`);
    else if (!lesson.anchors.includes(anchor)) {
      errors.push(`${label}: source: lesson "${lessonId}" has no heading with anchor "#${anchor}"`);
    }
  }
  return errors;
}
