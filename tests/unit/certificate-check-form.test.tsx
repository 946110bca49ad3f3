// @vitest-environment happy-dom
/**
 * 核对学习证明's form: pictures chosen several at once each get their own line in the live region,
 * named by file; a pasted code that is no certificate marks the box invalid until it is edited.
 * The QR decoder is replaced (happy-dom draws no pictures): each file's text stands for its QR code.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import CertificateCheck from '../../src/components/islands/trainer/CertificateCheck';
import { encodeTask, taskIdOf, type Task } from '../../src/lib/task/link';
import { encodeReceipt } from '../../src/lib/task/receipt';
import { buildResults } from '../../src/lib/task/results';

vi.mock('../../src/components/islands/trainer/read-qr', () => ({
  readQr: async (blob: Blob) => (await blob.text()) || null,
}));
afterEach(cleanup);

const task: Task = { title: '第一期', unit: '东风镇党委', deadline: null, passMark: 80, modules: ['ov'], note: '' };
const payload = encodeTask(task);
const code = encodeReceipt({
  taskId: taskIdOf(payload),
  name: '张三',
  unit: '红旗村',
  completedAt: Date.UTC(2026, 11, 3, 7),
  partial: false,
  modules: [{ code: 'ov', best: 90, wrong: [] }],
});
const results = buildResults([code], { task, id: taskIdOf(payload) }, []);
const picture = (name: string, text: string) => new File([text], name, { type: 'image/png' });

describe('<CertificateCheck>', () => {
  it('gives each picture its own verdict, named by file, in the live region', async () => {
    render(<CertificateCheck results={results} modules={[]} />);
    const input = screen.getByLabelText('选择学习证明的截图或照片（可多选）') as HTMLInputElement;
    const files = [
      picture('证明.png', code),
      picture('任务.png', `https://example.org/task/?t=${payload}`),
      picture('风景.png', ''),
    ];
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    fireEvent.change(input);
    const status = screen.getByRole('status');
    await waitFor(() => expect(status.querySelectorAll('li')).toHaveLength(3));
    const lines = [...status.querySelectorAll('li')].map((li) => li.textContent);
    expect(lines[0]).toMatch(/^证明\.png：核对一致/);
    expect(lines[1]).toMatch(/^任务\.png：这是学习任务“第一期”（东风镇党委）的任务链接/);
    expect(lines[2]).toMatch(/^风景\.png：图片中没有认出二维码/);
    expect(input.value).toBe('');
  });

  it('marks a pasted code that is no certificate invalid, and clears the mark when it is edited', () => {
    render(<CertificateCheck results={results} modules={[]} />);
    const box = screen.getByLabelText(/证明码/);
    fireEvent.input(box, { target: { value: code.slice(0, -3) } });
    fireEvent.click(screen.getByRole('button', { name: '核对' }));
    expect(screen.getByRole('status').textContent).toContain('证明码无效');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toBe(screen.getByRole('status').id);
    fireEvent.input(box, { target: { value: code } });
    expect(box.getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '核对' }));
    expect(screen.getByRole('status').textContent).toContain('核对一致');
    expect(box.getAttribute('aria-invalid')).toBeNull();
  });
});
