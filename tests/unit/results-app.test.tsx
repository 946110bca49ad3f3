// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ResultsApp from '../../src/components/islands/trainer/ResultsApp';
import type { QuizQuestion } from '../../src/lib/quiz/types';
import { encodeReceipt } from '../../src/lib/task/receipt';
import { RESULTS_KEY } from '../../src/lib/task/results-store';
import { multiple } from './quiz-fixtures';

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const paste = (text: string) => {
  fireEvent.input(screen.getByLabelText(/粘贴回执码/), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: '添加到汇总' }));
};

describe('<ResultsApp>', () => {
  it.each([
    ['damaged', '{"version":1,"codes":"x"', '已损坏'],
    ['from a newer site', '{"version":9,"task":null,"codes":[]}', '新版网站'],
  ])('offers 清空 when the saved data is %s, asks first, and only then replaces it', async (_, raw, says) => {
    localStorage.setItem(RESULTS_KEY, raw);
    render(<ResultsApp modules={[]} />);
    await act(async () => {});
    expect(screen.getByRole('alert').textContent).toContain(says);
    expect(screen.getByRole('alert').textContent).toContain('清空');
    fireEvent.click(screen.getByRole('button', { name: '清空汇总……' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: '确定清空' })));
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: '清空汇总……' })));
    fireEvent.click(screen.getByRole('button', { name: '清空汇总……' }));
    expect(localStorage.getItem(RESULTS_KEY)).toBe(raw);
    expect(screen.getByText(/原来保存的内容本页读不出/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '确定清空' }));
    expect(JSON.parse(localStorage.getItem(RESULTS_KEY)!)).toEqual({
      version: 2,
      task: null,
      codes: [],
      rosters: {},
      pairs: {},
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it.each([
    ['pasted in another tab', () => void dispatchEvent(new StorageEvent('storage', { key: RESULTS_KEY }))],
    [
      'saved while the page slept in the back/forward cache',
      () => void dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true })),
    ],
  ])('shows receipts %s', async (_, news) => {
    render(<ResultsApp modules={[]} />);
    await act(async () => {});
    const code = encodeReceipt({
      taskId: 'ABC123',
      name: '李四',
      unit: '红旗村',
      completedAt: Date.UTC(2026, 11, 1, 8),
      partial: false,
      modules: [{ code: 'vo', best: 90, wrong: [] }],
    });
    localStorage.setItem(RESULTS_KEY, JSON.stringify({ version: 1, task: null, codes: [code] }));
    expect(screen.queryByRole('table', { name: /成绩表/ })).toBeNull();
    await act(async () => news());
    expect(screen.getByRole('table', { name: /成绩表/ }).textContent).toContain('李四');
  });

  it('lists the first 50 damaged codes and counts the rest', async () => {
    render(<ResultsApp modules={[]} />);
    await act(async () => {});
    paste(Array.from({ length: 63 }, (_, i) => `学员${i}：HJR1-${'A'.repeat(20)}${i}`).join('\n'));
    const items = document.querySelectorAll('.damaged-list li');
    expect(items).toHaveLength(50);
    expect(items[49]!.textContent).toContain('第 50 行');
    expect(items[49]!.textContent).toContain('学员49：');
    expect(screen.getByText('另有 13 条无法识别，未逐条列出。')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '有问题的回执（63）' })).toBeTruthy();
  });

  it('shows a most-missed question in full with its right answer, as text', async () => {
    const question: QuizQuestion = {
      ...multiple,
      id: 'vote-07',
      stem: '下列哪些做法符合<b>规定</b>？',
      options: ['先公示', '当场唱票', '代写选票', '事后补登记'],
      answer: [0, 1],
      explanation: '公示与唱票是法定程序。',
    };
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response(JSON.stringify([question]), { headers: { 'content-type': 'application/json' } });
    });
    const modules = [{ code: 'vo', id: 'vote', title: '投票', passMark: 80, href: '/modules/vote/' }];
    render(<ResultsApp modules={modules} />);
    await act(async () => {});
    const code = encodeReceipt({
      taskId: 'ABC123',
      name: '张三',
      unit: '红旗村',
      completedAt: Date.UTC(2026, 11, 1, 8),
      partial: false,
      modules: [{ code: 'vo', best: 90, wrong: [7] }],
    });
    paste(code);
    const key = await waitFor(() => {
      const details = document.querySelector('.wrong-list details');
      if (!details) throw new Error(document.body.textContent ?? '');
      return details;
    });
    expect(fetched).toEqual(['/modules/vote/questions.json']);
    expect(key.querySelector('summary')!.textContent).toBe('看完整题目和正确答案');
    expect(key.textContent).toContain('（多选题）下列哪些做法符合<b>规定</b>？');
    expect(key.querySelector('b')).toBeNull();
    expect([...key.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'A. 先公示',
      'B. 当场唱票',
      'C. 代写选票',
      'D. 事后补登记',
    ]);
    expect(key.textContent).toContain('正确答案：A、B');
    expect(key.textContent).toContain('解析：公示与唱票是法定程序。');
  });
});
