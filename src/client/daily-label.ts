/**
 * Fills in the 今日一练 links (components/PracticeLink.astro) from the trainee's record: loaded
 * by the page's inline script once the page has loaded, so reading pages carry none of it before.
 * Text only; with nothing stored, or storage blocked, the link keeps its built words.
 */
import { dailyLabel, readPractice } from '../lib/practice/daily-label';
import { chinaDate } from '../lib/task/dates';

function show() {
  for (const el of document.querySelectorAll<HTMLElement>('[data-daily]')) {
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(el.dataset.dailyKey!);
    } catch {
      // Storage blocked (private mode, some in-app browsers): nothing to read.
    }
    const label = dailyLabel(readPractice(stored, Number(el.dataset.dailyVersion)), chinaDate(Date.now()));
    el.querySelector('a')!.textContent = label.link;
    const note = el.querySelector<HTMLElement>('.meta')!;
    note.textContent = label.streak ?? note.dataset.idle!;
  }
}

show();
// Back from 每日一练 through the browser's cache: the page is not loaded again, the record changed.
addEventListener('pageshow', (event) => event.persisted && show());
