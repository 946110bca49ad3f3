// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import TaskApp, { type TaskModule } from '../../src/components/islands/task/TaskApp';
import { emptyProgress } from '../../src/lib/progress/record';
import { STORAGE_KEY } from '../../src/lib/progress/store';
import { encodeTask, taskPath } from '../../src/lib/task/link';
import { ACTIVE_TASK_KEY } from '../../src/lib/task/active-task';

const modules: TaskModule[] = [
  {
    code: 'vt',
    id: 'vote',
    title: '投票',
    passMark: 80,
    minutes: 20,
    href: '/modules/vote/',
    quizHref: null,
    lessons: [],
  },
];
const payload = encodeTask({ title: '第一期', unit: '某镇', deadline: null, passMark: 80, modules: ['vt'], note: '' });

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', `/${taskPath(payload)}`);
});
afterEach(cleanup);

async function open() {
  render(<TaskApp modules={modules} homeHref="/" />);
  await act(async () => {});
  await screen.findByRole('heading', { name: '第一期' });
}

describe('<TaskApp>', () => {
  it('offers no quiz link for a module without a quiz, and points to the module instead', async () => {
    await open();
    expect(screen.getByText(/本模块目前没有测验/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: /参加测验|再做一次|再测一次/ })).toBeNull();
    expect(screen.getByRole('link', { name: '查看模块：投票' }).getAttribute('href')).toBe('/modules/vote/');
  });

  it('keeps name and unit in the progress record only', async () => {
    await open();
    fireEvent.input(screen.getByLabelText('姓名'), { target: { value: ' 张三 ' } });
    fireEvent.input(screen.getByLabelText(/^单位/), { target: { value: '红旗村' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByText('学员：张三（红旗村）');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).profile).toEqual({ name: '张三', unit: '红旗村' });
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).sort();
    expect(keys).toEqual([ACTIVE_TASK_KEY, STORAGE_KEY].sort());
    expect(localStorage.getItem(ACTIVE_TASK_KEY)).not.toContain('张三');
  });

  it('sends 参加测验 to the test itself and says what practice does not count for', async () => {
    modules[0]!.quizHref = '/modules/vote/quiz/';
    try {
      await open();
      expect(screen.getByRole('link', { name: '参加测验' }).getAttribute('href')).toBe('/modules/vote/quiz/#test');
      expect(screen.getByText(/练习题做得再多也不计入回执/)).toBeTruthy();
      expect(screen.getByText(/还差：“投票”的测验（尚未交卷）/)).toBeTruthy();
      expect(JSON.parse(localStorage.getItem(ACTIVE_TASK_KEY)!)).toMatchObject({ payload, modules: ['vote'] });
    } finally {
      modules[0]!.quizHref = null;
    }
  });

  it('asks for the unit when 学习记录 saved only a name', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...emptyProgress(), profile: { name: '张三', unit: '' } }));
    await open();
    expect(screen.getByRole('alert').textContent).toContain('请填写单位');
    expect((screen.getByLabelText('姓名') as HTMLInputElement).value).toBe('张三');
    expect(screen.getByText('请先在上面填写姓名和单位，回执里要写明是谁完成的。')).toBeTruthy();
    const unit = screen.getByLabelText(/^单位/);
    expect(unit.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(unit.getAttribute('aria-describedby')!)?.textContent).toBe('请填写单位。');
  });

  it('asks for a missing name on the field and keeps the form until both are given', async () => {
    await open();
    fireEvent.input(screen.getByLabelText(/^单位/), { target: { value: '红旗村' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await act(async () => {});
    const name = screen.getByLabelText('姓名');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')!)?.textContent).toBe('请填写姓名。');
    expect(document.activeElement).toBe(name);
    expect(screen.queryByText(/^学员：/)).toBeNull();
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });
});
