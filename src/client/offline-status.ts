/**
 * 离线状态 on the task page and the offline help page (components/OfflineStatus.astro): says
 * what this browser has saved for use with no network, as it is — the task's part and the whole
 * site (正在保存 x / y, 约 N MB, 已可离线使用) or 此浏览器不支持. The counts come from the service
 * worker (src/client/sw.js), which these pages also tell which modules the active task needs and
 * whether the reader keeps only those (只保存本任务的模块). The reader came here for this: the
 * worker is registered once the page has loaded, without the reading pages' wait.
 */
import type { OfflineProgress, OfflineWish } from '../lib/offline/plan';
import { readTaskOnly, saveTaskOnly } from '../lib/offline/save-choice';
import { NOT_STARTED, PREPARING, READY_UNCOUNTED, UNSUPPORTED, offlineStatusText } from '../lib/offline/status-text';
import { readActiveTask } from '../lib/task/active-task';
import { href } from '../lib/url';

const POLL_MS = 1000;
/** A worker that has not answered by then is one of an earlier deploy, which answers nothing. */
const ANSWER_MS = 3000;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // Blocked: no task is known and the choice holds for this visit.
  }
}

let taskOnly = readTaskOnly(storage());
const wish = (): OfflineWish => ({ first: readActiveTask(storage(), Date.now())?.modules ?? [], only: taskOnly });

function ask(worker: ServiceWorker, message: object): Promise<OfflineProgress | null> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(null), ANSWER_MS);
    channel.port1.onmessage = (event: MessageEvent<OfflineProgress>) => {
      clearTimeout(timer);
      resolve(event.data?.site ? event.data : null);
    };
    worker.postMessage(message, [channel.port2]);
  });
}

async function watch(boxes: HTMLElement[], choices: HTMLInputElement[]) {
  const say = (text: string, ready = false) =>
    boxes.forEach((box) => {
      box.textContent = text;
      box.hidden = false;
      box.classList.toggle('offline-ready', ready);
    });
  const sw = navigator.serviceWorker;
  if (!sw || !window.caches) {
    choices.forEach((choice) => (choice.closest<HTMLElement>('[data-offline-choice]')!.hidden = true));
    return say(UNSUPPORTED);
  }
  let wake = () => {};
  for (const choice of choices) {
    choice.checked = taskOnly;
    choice.addEventListener('change', () => {
      taskOnly = choice.checked;
      saveTaskOnly(storage(), taskOnly);
      wake();
    });
  }
  const loaded = new Promise((resolve) =>
    document.readyState === 'complete' ? resolve(null) : addEventListener('load', resolve, { once: true }),
  );
  let failed = false;
  void loaded.then(() =>
    sw.register(href('sw.js')).then(
      // A browser that blocks workers may resolve with no registration (Playwright does).
      (reg) => (failed = !reg),
      () => (failed = true),
    ),
  );
  say(PREPARING);
  let silent = 0;
  let settled = false;
  while (!failed) {
    settled = false;
    try {
      const asked = wish();
      // The choice means something only with a task to keep (the task page reads its own soon).
      for (const choice of choices) {
        const shown = choice.closest<HTMLElement>('[data-offline-choice]')!;
        shown.hidden = !asked.first.length && shown.dataset.offlineChoice !== 'always';
      }
      const reg = await sw.getRegistration();
      const active = reg?.active ?? null;
      const worker = active ?? reg?.installing ?? reg?.waiting;
      if (worker) {
        // The active worker is asked to fill (in the task's order); one still installing only to count.
        const answer = await ask(worker, { type: active ? 'FILL' : 'STATUS', ...asked });
        // Twice silent: a worker of an earlier deploy, not one slow to wake.
        silent = answer ? 0 : silent + 1;
        if (silent >= 2 && active) return say(READY_UNCOUNTED, true);
        if (answer) {
          const { text, ready } = offlineStatusText(answer, !!active);
          say(text, ready);
          if (active && answer.site.saved >= answer.site.files) return;
          // All the reader chose to keep is in: ask again only when the choice changes.
          settled = !!active && answer.only && ready;
        }
      }
    } catch {
      say(NOT_STARTED);
    }
    await new Promise<void>((resolve) => {
      wake = resolve;
      if (!settled) setTimeout(resolve, POLL_MS);
    });
  }
  say(NOT_STARTED);
}

const boxes = [...document.querySelectorAll<HTMLElement>('[data-offline-status]')];
if (boxes.length) void watch(boxes, [...document.querySelectorAll<HTMLInputElement>('[data-offline-choice] input')]);
