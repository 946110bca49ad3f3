/** Questions as the quiz islands receive them: only what a page needs, never the whole bank. */
import type { ExamQuestion } from '../lib/quiz/exam-paper';
import { toQuizQuestion } from '../lib/quiz/to-client';
import type { QuizQuestion } from '../lib/quiz/types';
import { lessonHref, quizHref } from '../lib/url';
import type { Question, SiteContent } from './site';

function toClient(site: SiteContent, q: Question): QuizQuestion {
  const lessonId = q.source.split('#')[0]!;
  // Validation guarantees the lesson exists.
  return toQuizQuestion(q, site.lessonsById.get(lessonId)!.data.title, (id, anchor) => lessonHref(id, anchor));
}

/** A module's live (not retired) questions, in bank order. */
export function moduleQuestions(site: SiteContent, moduleId: string): QuizQuestion[] {
  return (site.questionsByModule.get(moduleId) ?? []).filter((q) => !q.retired).map((q) => toClient(site, q));
}

/**
 * The module's quiz page, or undefined when it has none (every question retired): the one place
 * that decides, so no page links to a quiz the build does not make.
 */
export const quizLink = (site: SiteContent, moduleId: string): string | undefined =>
  (site.questionsByModule.get(moduleId) ?? []).some((q) => !q.retired) ? quizHref(moduleId) : undefined;

/** Questions picked by id for an inline check; an unknown id fails the build, naming the page. */
export function questionsById(site: SiteContent, ids: string[], where: string): QuizQuestion[] {
  return ids.map((id) => {
    const q = site.questionsById.get(id);
    if (!q) throw new Error(`${where}: <Check ids="…">: there is no question "${id}"`);
    if (q.retired) throw new Error(`${where}: <Check ids="…">: question "${id}" is retired`);
    return toClient(site, q);
  });
}

/**
 * A module's live questions with what exam papers filter and cite by (audience, the
 * heading that teaches it): served as /modules/<id>/questions.json.
 */
export function moduleExamQuestions(site: SiteContent, moduleId: string): ExamQuestion[] {
  return (site.questionsByModule.get(moduleId) ?? [])
    .filter((q) => !q.retired)
    .map((q) => ({
      ...toClient(site, q),
      audience: q.audience,
      section: site.sectionTitles.get(q.source) ?? q.source.split('#')[1]!,
      ...(q.basis ? { basis: q.basis } : {}),
    }));
}
