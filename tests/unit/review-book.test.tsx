// @vitest-environment happy-dom
/**
 * 错题本 follows the stored record while it is open: a mistake made in another tab appears
 * without a reload, and a question answered right here stays on screen until the next visit.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyProgress } from '../../src/lib/progress/record';
import { recordAnswers } from '../../src/lib/progress/rules';
import { STORAGE_KEY } from '../../src/lib/progress/store';
import { judge, single } from './quiz-fixtures';

const modules = [{ id: 'vote', title: '投票', href: '/modules/vote/' }];
const withMistakes = (...ids: string[]) =>
  JSON.stringify(
    recordAnswers(
      emptyProgress(),
      ids.map((id) => ({ id, module: 'vote', correct: false })),
      '2026-11-20T08:00:00Z',
    ),
  );

/** What another tab does: writes the record, and this page hears a `storage` event. */
function otherTabWrites(text: string) {
  localStorage.setItem(STORAGE_KEY, text);
  dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
}

const fieldIds = () => [...document.querySelectorAll('fieldset.question')].map((f) => f.id);

beforeEach(() => {
  localStorage.clear();
  vi.resetModules();
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify([single, judge]), { status: 200 })),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function open() {
  const { default: ReviewBook } = await import('../../src/components/islands/quiz/ReviewBook');
  render(<ReviewBook modules={modules} />);
  await screen.findByText(/共 \d+ 道错题/);
}

describe('the 错题本 while it is open', () => {
  it('shows a mistake another tab adds, without a reload', async () => {
    localStorage.setItem(STORAGE_KEY, withMistakes('s'));
    await open();
    expect(fieldIds()).toEqual(['review-vote-s']);
    await act(async () => otherTabWrites(withMistakes('s', 'j')));
    await screen.findByText(/共 2 道错题/);
    expect(fieldIds().sort()).toEqual(['review-vote-j', 'review-vote-s']);
  });

  it('keeps a question answered right on screen, and counts only what is still in the book', async () => {
    localStorage.setItem(STORAGE_KEY, withMistakes('s', 'j'));
    await open();
    // 判断 "j": the right answer is 错误; two right answers in a row take it out of the book.
    const item = document.getElementById('review-vote-j')!.closest('li')!;
    for (let round = 0; round < 2; round++) {
      if (round === 1) fireEvent.click(within(item).getByRole('button', { name: '再做一次' }));
      fireEvent.click(within(item).getByLabelText('错误'));
      fireEvent.click(within(item).getByRole('button', { name: '核对答案' }));
      await act(async () => {});
    }
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).wrong.j).toBeUndefined();
    await screen.findByText(/共 1 道错题/);
    expect(fieldIds().sort()).toEqual(['review-vote-j', 'review-vote-s']);
  });
});
