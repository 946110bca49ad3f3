/**
 * Marks a role path page with the reader's own record: lessons read, tests passed, where to
 * continue, and the way to the path's 学习证明 or what it still waits for. Text only; when nothing
 * is stored, or it cannot be read, the page stays as built.
 */
import { modulesToPass, nextStep, noMarks, readMarks, type Marks } from '../lib/learning-path/progress-marks';

/**
 * The storage key and the newest version the site reads come from the page (data-progress-key,
 * data-progress-version), so the store's code is not bundled.
 */
function storedMarks(doc: Document): Marks {
  try {
    const { progressKey, progressVersion } = doc.querySelector<HTMLElement>('[data-progress-key]')!.dataset;
    return readMarks(window.localStorage.getItem(progressKey!), Number(progressVersion));
  } catch {
    return noMarks();
  }
}

export function showPathProgress(doc: Document, marks = storedMarks(doc)): void {
  const modules = [...doc.querySelectorAll<HTMLElement>('[data-path-module]')].map((el) => ({
    id: el.dataset.pathModule!,
    title: el.querySelector('h2 a')?.textContent ?? '',
    lessons: [...el.querySelectorAll<HTMLElement>('[data-path-lesson]')].map((li) => ({
      id: li.dataset.pathLesson!,
      optional: li.hasAttribute('data-optional'),
      el: li,
    })),
  }));
  let read = 0;
  let required = 0;
  for (const m of modules) {
    for (const l of m.lessons) {
      const done = marks.read.has(l.id);
      if (!l.optional) required++;
      if (done && !l.optional) read++;
      const mark = l.el.querySelector('[data-read-mark]');
      if (mark) mark.textContent = done ? '✓ 已读' : '';
    }
  }
  let passed = 0;
  for (const el of doc.querySelectorAll<HTMLElement>('[data-path-test]')) {
    const test = marks.tests.get(el.dataset.pathTest!);
    if (test?.passed) passed++;
    el.textContent = !test
      ? '（尚未参加）'
      : test.passed
        ? `（✓ 已通过，最高 ${test.best} 分）`
        : `（未通过，最高 ${test.best} 分）`;
  }
  showCertificateEntry(doc, marks);
  const summary = doc.querySelector('[data-path-summary]');
  if (summary && (marks.read.size > 0 || marks.tests.size > 0)) {
    summary.textContent = `在本机已读 ${read} / ${required} 课必读课程，通过 ${passed} / ${modules.length} 个模块的测验。`;
  }
  const next = doc.querySelector<HTMLAnchorElement>('[data-path-next]');
  if (!next || (marks.read.size === 0 && marks.tests.size === 0)) return;
  const step = nextStep(modules, marks);
  const module = modules.find((m) => m.id === step?.module);
  if (!step || !module) {
    next.textContent = '这条路径的测验已全部通过，可以复习错题';
    next.href = next.dataset.review ?? next.href;
  } else if (step.kind === 'lesson') {
    const link = module.lessons.find((l) => l.id === step.lesson)?.el.querySelector('a');
    next.textContent = `继续学习：${link?.textContent ?? ''}`;
    if (link) next.href = link.href;
  } else {
    const quiz = doc.querySelector<HTMLAnchorElement>(`[data-path-module="${module.id}"] p > a`);
    next.textContent = `参加测验：${module.title}`;
    if (quiz) next.href = quiz.href;
  }
}

/** The link to the path's 学习证明 once every test is passed at its pass mark; before that, what is missing. */
function showCertificateEntry(doc: Document, marks: Marks): void {
  const tests = [...doc.querySelectorAll<HTMLElement>('[data-path-test]')].map((el) => ({
    id: el.dataset.pathTest!,
    passMark: Number(el.dataset.passMark),
    title: el.closest('[data-path-module]')?.querySelector('h2 a')?.textContent ?? '',
  }));
  const missing = modulesToPass(tests, (id) => marks.tests.get(id)?.best);
  const ready = doc.querySelector<HTMLElement>('[data-path-certificate]');
  const waiting = doc.querySelector<HTMLElement>('[data-path-certificate-missing]');
  if (!ready || !waiting || tests.length === 0) return;
  ready.hidden = missing.length > 0;
  waiting.hidden = missing.length === 0;
  if (missing.length > 0 && missing.length < tests.length) {
    const names = missing.length <= 3 ? `：${missing.map((m) => `“${m.title}”`).join('、')}` : '';
    waiting.textContent = `学习证明：还差 ${missing.length} 个模块的测验达到及格线${names}。全部达标后，可以在这里打开。`;
  }
}
