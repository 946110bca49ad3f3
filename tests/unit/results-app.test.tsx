// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ResultsApp from '../../src/components/islands/ResultsApp';
import { RESULTS_KEY } from '../../src/lib/task/results-store';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

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
    expect(localStorage.getItem(RESULTS_KEY)).toBe(raw);
    expect(screen.getByText(/原来保存的内容本页读不出/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '确定清空' }));
    expect(JSON.parse(localStorage.getItem(RESULTS_KEY)!)).toEqual({ version: 1, task: null, codes: [] });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lists the first 50 damaged codes and counts the rest', async () => {
    render(<ResultsApp modules={[]} />);
    await act(async () => {});
    paste(Array.from({ length: 63 }, (_, i) => `学员${i}：HJR1-${'A'.repeat(20)}${i}`).join('\n'));
    const items = document.querySelectorAll('.damaged-list li');
    expect(items).toHaveLength(50);
    expect(items[49]!.textContent).toContain('第 50 行');
    expect(screen.getByText('另有 13 条无法识别，未逐条列出。')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '有问题的回执（63）' })).toBeTruthy();
  });
});
