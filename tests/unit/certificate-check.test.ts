/**
 * 核对学习证明 on 成绩汇总, for a code pasted or read from a picture's QR code: what the trainer
 * hears for a certificate that matches, one that was edited, one of a person or task the summary
 * has no receipt of, and a QR code that holds something else (a task link, a record code, a web
 * address, plain words), named for what it is.
 */
import { describe, expect, it } from 'vitest';
import { checkCertificate } from '../../src/lib/task/certificate-check';
import { describeCode } from '../../src/lib/task/code-kind';
import { encodeTask, taskIdOf, type Task } from '../../src/lib/task/link';
import { encodeReceipt, type Receipt } from '../../src/lib/task/receipt';
import { buildResults } from '../../src/lib/task/results';

const task: Task = {
  title: '东风镇换届培训第一期',
  unit: '东风镇党委',
  deadline: null,
  passMark: 80,
  modules: ['ov'],
  note: '',
};
const payload = encodeTask(task);
const linked = { task, id: taskIdOf(payload) };
const otherTask = { ...task, title: '西山乡第二期' };
const otherId = taskIdOf(encodeTask(otherTask));

const receipt = (over: Partial<Receipt> = {}): string =>
  encodeReceipt({
    taskId: linked.id,
    name: '张三',
    unit: '红旗村',
    completedAt: Date.UTC(2026, 11, 3, 7),
    partial: false,
    modules: [{ code: 'ov', best: 90, wrong: [] }],
    ...over,
  });
const certificate = receipt();
const held = (codes: string[]) => buildResults(codes, linked, []);
const edit = (code: string) => {
  const at = code.length - 6;
  return code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
};

describe('a certificate’s code from a picture', () => {
  it('matches the receipt held for that person, whatever the picture held around it', () => {
    const check = checkCertificate(certificate, held([certificate]), { fromPicture: true });
    expect(check.verdict).toBe('match');
    expect(check.message).toContain('张三（红旗村）');
  });

  it('is refused when it was edited, as a pasted one is', () => {
    for (const fromPicture of [true, false]) {
      const check = checkCertificate(edit(certificate), held([certificate]), { fromPicture });
      expect(check.verdict).toBe('damaged');
      expect(check.message).toContain('不能通过核对');
    }
  });

  it('says the summary has no receipt of the person, also when it holds none at all', () => {
    const stranger = receipt({ name: '李四' });
    for (const results of [held([certificate]), held([])]) {
      const check = checkCertificate(stranger, results, { fromPicture: true });
      expect(check.verdict).toBe('unknown');
      expect(check.message).toContain('汇总里没有 李四（红旗村） 的回执');
    }
  });

  it('says it belongs to another task, and whether that task’s receipts are set aside here', () => {
    const elsewhere = receipt({ taskId: otherId });
    const none = checkCertificate(elsewhere, held([certificate]), { fromPicture: true });
    expect(none.verdict).toBe('other-task');
    expect(none.message).toContain(`另一个任务（编号 ${otherId}）`);
    expect(none.message).toContain('汇总里没有那个任务的回执');
    const setAside = checkCertificate(elsewhere, held([certificate, receipt({ taskId: otherId, name: '王五' })]), {
      fromPicture: true,
    });
    expect(setAside.message).toContain('那个任务的回执没有计入本表');
  });

  it('names a partial receipt as one, not a certificate', () => {
    const partial = receipt({ partial: true });
    expect(checkCertificate(partial, held([certificate]), { fromPicture: true })).toMatchObject({
      verdict: 'partial',
      message: expect.stringContaining('部分回执，不是学习证明'),
    });
  });
});

describe('a QR code that holds no certificate', () => {
  const results = held([certificate]);
  const site = 'https://px.example.gov.cn/training/';

  it.each([
    [
      'a task link, with its title and unit',
      `${site}task/?t=${payload}&from=singlemessage`,
      '任务链接',
      '东风镇换届培训第一期',
    ],
    ['a damaged task link', `${site}task/?t=${payload.slice(0, -3)}`, '任务链接', '读不出是哪个任务'],
    ['a record code', 'HJXL1.eyJmb3JtYXQiOiJoai.1a2b3c', '学习记录码', '另一台设备'],
    ['an exam paper link', `${site}trainer/paper/?v=1&m=overview&seed=42`, '试卷的链接', ''],
    ['a WeChat group', 'https://weixin.qq.com/g/AwYAAHxyz123', '微信群', ''],
    ['a web address, by its host', 'https://mp.weixin.qq.com/s/abcdef', '网址（mp.weixin.qq.com）', ''],
    ['plain words, quoted', '欢迎关注东风镇党建公众号', '一段文字：“欢迎关注东风镇党建公众号”', ''],
  ])('says what it is: %s', (_, text, kind, detail) => {
    const check = checkCertificate(text, results, { fromPicture: true });
    expect(check.verdict).toBe('not-certificate');
    expect(check.message).toContain(kind);
    expect(check.message).toContain(detail);
    expect(check.message).toContain('不是学习证明');
  });

  it('quotes at most 40 characters of a long text, on one line', () => {
    const words = describeCode(`第一行\n${'很长的内容'.repeat(20)}`)!;
    expect(words.kind).toBe('text');
    expect(words.words).not.toContain('\n');
    expect(words.words.length).toBeLessThan(60);
    expect(words.words).toContain('…');
  });

  it('in pasted text, names a link or code but not ordinary words, which simply hold no code', () => {
    expect(checkCertificate(`${site}task/?t=${payload}`, results).verdict).toBe('not-certificate');
    expect(checkCertificate('证明在这里', results).verdict).toBe('none');
    expect(checkCertificate('   ', results, { fromPicture: true }).verdict).toBe('none');
  });
});
