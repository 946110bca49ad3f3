/**
 * The five kinds of page the performance checks audit (Lighthouse in scripts/lighthouse.ts, main
 * thread blocking in scripts/long-tasks.ts), so both look at the same pages.
 */
import { encodeTask, taskPath } from '../src/lib/task/link.ts';
import { quizPath } from '../src/lib/url.ts';
import { pageUrl, typicalLesson } from './dist-files.ts';

/** A task as a trainer sends it: two modules by their published codes (tests/unit/module-codes.test.ts). */
const TASK = encodeTask({
  title: '换届知识学习',
  unit: '某镇党委',
  deadline: null,
  passMark: 80,
  modules: ['ov', 'dc'],
  note: '',
});

/**
 * Home, the typical lesson (median HTML gzip, as the benchmark picks it), its module's quiz, the
 * task page a trainee opens from a task link, and 成绩汇总: paths relative to the site's base.
 */
export function auditedPages(dist: string): Record<string, string> {
  const lesson = pageUrl(typicalLesson(dist).page);
  const module = lesson.split('/')[1]!;
  return { home: '', lesson, quiz: quizPath(module), task: taskPath(TASK), results: 'trainer/results/' };
}
