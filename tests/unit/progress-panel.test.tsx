// @vitest-environment happy-dom
/**
 * 学习记录 when the record cannot be saved: the page says so instead of 已保存 / 导入完成, keeps
 * what it shows, offers clearing only for damaged data, and asks before filing someone's
 * record into an unnamed one.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordTest } from '../../src/lib/progress/attempts';
import { emptyProgress } from '../../src/lib/progress/record';
import { setProfile } from '../../src/lib/progress/profile';
import { STORAGE_KEY } from '../../src/lib/progress/store';
import { exportCode } from '../../src/lib/progress/transfer';

const modules = [{ id: 'vote', title: '投票', href: '/modules/vote/', lessons: ['vote/ballot'] }];
const NEWER = JSON.stringify({ version: 99, modules: {}, future: true });
const DAMAGED = '{"version":2,"modules":{';
const scored = recordTest(emptyProgress(), 'vote', {
  paper: [{ id: 'q', order: [0, 1] }],
  responses: { q: 0 },
  wrong: [],
  percent: 90,
  passed: true,
  at: '2026-11-20T08:00:00Z',
});

beforeEach(() => {
  localStorage.clear();
  // A fresh page each time: the page's one store keeps unsaved changes in memory.
  vi.resetModules();
});
afterEach(cleanup);

async function open() {
  const { default: ProgressPanel } = await import('../../src/components/islands/progress/ProgressPanel');
  render(<ProgressPanel modules={modules} />);
  await act(async () => {});
}

async function importByCode(code: string) {
  fireEvent.input(screen.getByLabelText('或粘贴学习记录码'), { target: { value: code } });
  fireEvent.click(screen.getByRole('button', { name: '读取学习记录码' }));
  await act(async () => {});
}

describe('a record written by a newer page', () => {
  it('is never offered for clearing; the page offers a reload instead', async () => {
    localStorage.setItem(STORAGE_KEY, NEWER);
    await open();
    expect(screen.queryByRole('button', { name: /清除/ })).toBeNull();
    expect(screen.getByRole('button', { name: '刷新页面' })).toBeTruthy();
    expect(screen.getByText(/来自新版网站/)).toBeTruthy();
  });
});

describe('a damaged record', () => {
  it('is offered for clearing, next to its notice', async () => {
    localStorage.setItem(STORAGE_KEY, DAMAGED);
    await open();
    const clear = screen.getByRole('button', { name: '清除无法读取的记录，重新开始' });
    expect(clear.closest('.notice')?.textContent).toContain('已损坏');
  });
});

describe('saving the profile', () => {
  it('says 已保存 only when it was saved', async () => {
    await open();
    fireEvent.input(screen.getByLabelText('姓名'), { target: { value: '张三' } });
    fireEvent.input(screen.getByLabelText('单位（乡镇、村或社区）'), { target: { value: '东村' } });
    fireEvent.click(screen.getByRole('button', { name: '保存学员信息' }));
    await act(async () => {});
    expect(screen.getByText('已保存。')).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).profile).toEqual({ name: '张三', unit: '东村' });
  });

  it('says it was not saved when the stored record is from a newer page, and keeps both', async () => {
    localStorage.setItem(STORAGE_KEY, NEWER);
    await open();
    fireEvent.input(screen.getByLabelText('姓名'), { target: { value: '张三' } });
    fireEvent.input(screen.getByLabelText('单位（乡镇、村或社区）'), { target: { value: '东村' } });
    fireEvent.click(screen.getByRole('button', { name: '保存学员信息' }));
    await act(async () => {});
    expect(screen.queryByText('已保存。')).toBeNull();
    expect(screen.getByRole('alert').textContent).toMatch(/没有保存到本机/);
    expect((screen.getByLabelText('姓名') as HTMLInputElement).value).toBe('张三');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(NEWER);
  });
});

describe('the profile form', () => {
  const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

  it('trims what was typed before saving it', async () => {
    await open();
    fireEvent.input(field('姓名'), { target: { value: '  张三 ' } });
    fireEvent.input(field('单位（乡镇、村或社区）'), { target: { value: '\u3000东村 ' } });
    fireEvent.click(screen.getByRole('button', { name: '保存学员信息' }));
    await act(async () => {});
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).profile).toEqual({ name: '张三', unit: '东村' });
    expect(field('单位（乡镇、村或社区）').value).toBe('东村');
  });

  it('names a missing unit on the field itself, moves the keyboard there and saves nothing', async () => {
    await open();
    fireEvent.input(field('姓名'), { target: { value: '张三' } });
    fireEvent.input(field('单位（乡镇、村或社区）'), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: '保存学员信息' }));
    await act(async () => {});
    const unit = field('单位（乡镇、村或社区）');
    expect(unit.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(unit.getAttribute('aria-describedby')!)?.textContent).toBe('请填写单位。');
    expect(field('姓名').getAttribute('aria-invalid')).toBeNull();
    expect(document.activeElement).toBe(unit);
    expect(screen.queryByText('已保存。')).toBeNull();
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();

    fireEvent.input(unit, { target: { value: '东村' } });
    expect(unit.getAttribute('aria-invalid')).toBeNull();
  });

  it('clears the profile when both fields are emptied on purpose', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(setProfile(emptyProgress(), { name: '张三', unit: '东村' })));
    await open();
    expect(field('姓名').value).toBe('张三');
    fireEvent.input(field('姓名'), { target: { value: '' } });
    fireEvent.input(field('单位（乡镇、村或社区）'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: '保存学员信息' }));
    await act(async () => {});
    expect(screen.getByText('已清除学员信息。')).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).profile).toBeNull();
  });

  it('follows a change from another tab until something is typed', async () => {
    await open();
    const elsewhere = JSON.stringify(setProfile(emptyProgress(), { name: '李四', unit: '西村' }));
    localStorage.setItem(STORAGE_KEY, elsewhere);
    await act(async () => void dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY })));
    expect(field('姓名').value).toBe('李四');
    fireEvent.input(field('姓名'), { target: { value: '李小四' } });
    localStorage.setItem(STORAGE_KEY, JSON.stringify(setProfile(emptyProgress(), { name: '王五', unit: '西村' })));
    await act(async () => void dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY })));
    expect(field('姓名').value).toBe('李小四');
  });
});

describe('importing', () => {
  it('does not say 导入完成 when the merged record could not be saved, and still shows it', async () => {
    localStorage.setItem(STORAGE_KEY, DAMAGED);
    await open();
    await importByCode(exportCode(scored, '2026-11-21T00:00:00Z'));
    fireEvent.click(screen.getByRole('button', { name: '合并到本机记录' }));
    await act(async () => {});
    expect(screen.queryByText(/导入完成/)).toBeNull();
    expect(screen.getByText(/没有保存到本机/).textContent).toContain('已合并到本页显示的记录');
    expect(screen.getByRole('cell', { name: '90 分' })).toBeTruthy();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(DAMAGED);
  });

  it('asks before filing this device’s unnamed scores under the name an import carries', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(scored));
    await open();
    await importByCode(exportCode(setProfile(emptyProgress(), { name: '李四', unit: '西村' }), 'now'));
    const merge = screen.getByRole('button', { name: '合并到本机记录' }) as HTMLButtonElement;
    expect(merge.disabled).toBe(true);
    expect(screen.getByRole('alert').textContent).toContain('没有填写学员信息');
    fireEvent.click(screen.getByLabelText('我确认本机的记录也是“李四”本人的，仍要合并'));
    expect(merge.disabled).toBe(false);
    fireEvent.click(merge);
    await act(async () => {});
    expect(screen.getByText(/导入完成/)).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).profile).toEqual({ name: '李四', unit: '西村' });
  });
});
