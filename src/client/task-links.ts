/**
 * On the task page: the 每日一练 link draws new questions from the task's modules. The task lives
 * in the page's own link (?t=…), so the static link gets them here; a link that does not decode
 * leaves it as it is (the task island explains the link's problem).
 */
import { parseTaskFromUrl } from '../lib/task/link';
import { focusQuery } from '../lib/practice/focus';

const task = parseTaskFromUrl(location.href);
if (task.ok) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-task-practice]')) {
    const codes = JSON.parse(link.dataset.taskPractice ?? '{}') as Record<string, string>;
    const ids = task.task.modules.flatMap((code) => codes[code] ?? []);
    if (ids.length) link.search = focusQuery(ids);
  }
}
