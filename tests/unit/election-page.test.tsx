// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ElectionCalculator, { type ProvinceSide } from '../../src/components/islands/election/ElectionCalculator';
import { DRAFT_KEY } from '../../src/lib/election/draft';
import { emptyForm, readForm, type CandidateRow, type FormState } from '../../src/lib/election/form';
import { calculate } from '../../src/lib/election/compute';
import fixture from '../fixtures/election-calc/village-case.json';

const OPEN: ProvinceSide = { fixed: {}, context: null, timing: null };

beforeEach(() => localStorage.clear());
afterEach(cleanup);

const person = (
  name: string,
  sex: 'female' | 'male',
  post: CandidateRow['nominatedFor'],
  votes: CandidateRow['votes'],
) => ({ id: `c-${name}`, name, sex, nominatedFor: post, votes }) satisfies CandidateRow;

/** The page as a worker finds it after typing `form` (kept in this browser) and pressing 核算结果. */
async function counted(form: FormState) {
  localStorage.setItem(DRAFT_KEY, JSON.stringify({ v: 1, form }));
  render(<ElectionCalculator village={OPEN} community={OPEN} />);
  await act(async () => {});
  fireEvent.click(screen.getByRole('button', { name: '核算结果' }));
  // The count loads on demand (results-engine); wait for its answer.
  await waitFor(() => expect(document.querySelector('.calc-results, .calc-problems')).toBeTruthy());
}

/** 王芳 is elected 主任; the one 委员 seat goes to 另行选举 between `a` and `b`. */
function reElectionCase(a: string, b: string): FormState {
  return {
    ...emptyForm(),
    registered: '1000',
    voters: '600',
    boxes: [{ id: 'b0', name: '中心会场', issued: '600', returned: '600' }],
    seats: { director: '1', deputy: '0', member: '1', woman: '0' },
    candidates: [
      person('王芳', 'female', 'director', { director: '400', member: '0' }),
      person(a, 'male', 'member', { director: '0', member: '250' }),
      person(b, 'male', 'member', { director: '0', member: '240' }),
    ],
  };
}

const panel = () => within(screen.getByRole('region', { name: '另行选举' }));
const type = (label: string, value: string) =>
  act(() => void fireEvent.input(panel().getByLabelText(label), { target: { value } }));

describe('the 另行选举 panel', () => {
  it('with Chinese names, each label fills its own box: 李四 250 goes to 李四', async () => {
    await counted(reElectionCase('张三', '李四'));
    await type('另行选举已投选票总数（含无效票）', '600');
    await type('李四 的得票', '250');
    await type('张三 的得票', '100');
    const zhang = panel().getByLabelText('张三 的得票') as HTMLInputElement;
    const li = panel().getByLabelText('李四 的得票') as HTMLInputElement;
    expect(zhang.id).not.toBe(li.id);
    expect(li.value).toBe('250');
    expect(zhang.value).toBe('100');
    expect(panel().getByRole('list').textContent).toContain('李四 250 票 当选');
  });

  it('700 votes of 600 ballots, "-300" and "二百" are named errors, and nothing is declared', async () => {
    await counted(reElectionCase('张三', '李四'));
    await type('另行选举已投选票总数（含无效票）', '600');
    await type('张三 的得票', '700');
    await type('李四 的得票', '-300');
    const alert = within(panel().getByRole('alert'));
    expect(alert.getByText('张三的委员得票（700）多于另行选举已投选票（600）')).toBeTruthy();
    expect(alert.getByText(/李四的委员得票应填写 0 到 9999999 之间的整数（最多 7 位数，现为“-300”）/)).toBeTruthy();
    await type('李四 的得票', '二百');
    expect(panel().getByRole('alert').textContent).toContain('现为“二百”');
    expect(document.querySelector('.calc-re .calc-verdict')).toBeNull();
    // The message links to the box it is about.
    const link = alert.getAllByRole('link')[0] as HTMLAnchorElement;
    expect(document.getElementById(link.getAttribute('href')!.slice(1))).toBe(panel().getByLabelText('张三 的得票'));
  });

  it('a 250 : 250 tie where both reach one third goes to 再投一次, not "无人达到三分之一"', async () => {
    await counted(reElectionCase('张三', '李四'));
    await type('另行选举已投选票总数（含无效票）', '600');
    await type('张三 的得票', '250');
    await type('李四 的得票', '250');
    const result = panel().getByRole('list').textContent!;
    expect(result).toContain('张三、李四 各 250 票，都达到三分之一（200 票），票数相等：就这几人再投一次');
    expect(result).not.toContain('无人达到');
  });

  it('a blank vote box counts as 0 and the page says so', async () => {
    await counted(reElectionCase('张三', '李四'));
    await type('另行选举已投选票总数（含无效票）', '600');
    await type('张三 的得票', '300');
    expect(panel().getByText(/空着的得票格按 0 票计：李四（委员）/)).toBeTruthy();
  });

  it('where the provinces differ, every outcome gets its re-election result side by side, 河南 with its turnout rule', async () => {
    await counted({
      ...emptyForm(),
      registered: fixture.registered,
      voters: fixture.voters,
      invalid: fixture.invalid,
      seats: fixture.seats,
      boxes: fixture.boxes.map((b, i) => ({ id: `b${i}`, ...b })),
      candidates: fixture.candidates.map((c, i) => ({ id: `c${i}`, ...c }) as CandidateRow),
    });
    // The union of both outcomes' candidates: 孙丽 stands only where votes are carried down.
    for (const name of ['郑华', '陈芳', '冯伟', '孙丽']) expect(panel().getByLabelText(`${name} 的得票`)).toBeTruthy();
    await type('另行选举已投选票总数（含无效票）', '300');
    await type('郑华 的得票', '90');
    await type('陈芳 的得票', '120');
    await type('冯伟 的得票', '40');
    await type('孙丽 的得票', '50');
    const text = screen.getByRole('region', { name: '另行选举' }).textContent!;
    expect(text).toContain('做法一：');
    expect(text).toContain('做法二：');
    expect(text).toContain('陈芳 120 票 当选');
    // 300 of 800 is not more than half: void under 河南's rule only.
    expect(text).toContain('河南：');
    expect(text).toContain(
      '另行选举参加投票的 300 人没有过半数（登记参加选举的村民人数 800，至少要 401 人）：这次另行选举无效。',
    );
  });

  it("seats still empty after it: the provinces' rules with their articles", async () => {
    await counted(reElectionCase('张三', '李四'));
    await type('另行选举已投选票总数（含无效票）', '600');
    await type('张三 的得票', '150');
    await type('李四 的得票', '100');
    const text = screen.getByRole('region', { name: '另行选举' }).textContent!;
    expect(text).toContain('无人达到三分之一（至少 200 票）；仍缺 1 名');
    expect(text).toContain('第一次投票和另行选举共当选 1 人，仍有 1 个名额空缺');
    expect(text).toContain('四川条例第三十八条、浙江办法第三十条');
    expect(text).toContain('天津办法第三十四条');
  });
});

describe('the printed 报告单', () => {
  it('an over-full 流动票箱: inputs box by box, 投票人数, each verdict with its reason and article, signatures', async () => {
    await counted({
      ...emptyForm(),
      place: '示例村',
      registered: '800',
      voters: '428',
      boxes: [
        { id: 'b0', name: '中心会场', issued: '400', returned: '397' },
        { id: 'b1', name: '1号流动票箱', issued: '30', returned: '31' },
      ],
      seats: { director: '0', deputy: '0', member: '1', woman: '0' },
      candidates: [
        person('甲', 'female', 'member', { member: '300' }),
        person('乙', 'male', 'member', { member: '100' }),
      ],
    });
    const sheets = [...document.querySelectorAll('.report-sheet')].map((s) => s.textContent!);
    expect(sheets).toHaveLength(2);
    const hainan = sheets.find((s) => s.includes('按：做法一：海南') || s.includes('：海南（'))!;
    expect(hainan).toBeTruthy();
    for (const sheet of sheets) {
      expect(sheet).toContain('投票人数428');
      expect(sheet).toContain('1号流动票箱3031（多出 1）');
      expect(sheet).toContain('监票人：');
      expect(sheet).toContain('选举委员会主任：');
      expect(sheet).not.toContain('见核算步骤');
      expect(sheet).not.toContain('这次选举无效');
    }
    expect(hainan).toContain('这一箱的选票无效，选举本身不因此无效');
    expect(hainan).toContain('（依据：海南办法第二十九条）');
    const rest = sheets.find((s) => s !== hainan)!;
    expect(rest).toContain('选举是否有效：选举有效。');
    expect(rest).toContain('甲（300票）');
    expect(rest).toContain('（依据：村民委员会组织法第十八条第二款）');
  });

  it('a void election says why on the sheet', async () => {
    await counted({
      ...emptyForm(),
      registered: '800',
      voters: '431',
      boxes: [{ id: 'b0', name: '中心会场', issued: '430', returned: '431' }],
      seats: { director: '0', deputy: '0', member: '1', woman: '0' },
      candidates: [
        person('甲', 'female', 'member', { member: '300' }),
        person('乙', 'male', 'member', { member: '100' }),
      ],
    });
    const sheet = document.querySelector('.report-sheet')!.textContent!;
    expect(sheet).toContain('选举是否有效：这次选举无效：收回的选票（431 张）多于发出的选票数（430）。');
    expect(sheet).toContain('（依据：海南办法第二十九条、四川条例第三十二条、河南实施办法第三十五条）');
  });
});

describe('the main form', () => {
  it("a seat count typed with a full-width digit shows that post's vote boxes", async () => {
    await counted({
      ...reElectionCase('张三', '李四'),
      seats: { director: '１', deputy: '0', member: '１', woman: '0' },
    });
    const first = screen.getByRole('group', { name: /^第 1 人/ });
    expect(within(first).getByLabelText('主任得票')).toBeTruthy();
    expect(within(first).getByLabelText('委员得票')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('blank vote cells count as 0 and are listed; eight digits are refused with the limit stated', async () => {
    const form = reElectionCase('张三', '李四');
    form.candidates[1]!.votes = { member: '250' };
    await counted(form);
    expect(screen.getByText(/空着的得票格按 0 票计/).textContent).toContain('张三：主任');
    cleanup();
    localStorage.clear();
    await counted({ ...form, registered: '12345678' });
    expect(screen.getByRole('alert').textContent).toContain('登记人数应填写 0 到 9999999 之间的整数（最多 7 位数');
  });

  it('for any names and numbers, every label names one control of its own, and counting never throws', () => {
    const text = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('张三', '李四', '１２', '-3', '二百', '', ' '));
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 5 }),
        fc.array(text, { minLength: 4, maxLength: 12 }),
        (names, numbers) => {
          const n = (i: number) => numbers[i % numbers.length]!;
          const form: FormState = {
            ...emptyForm(),
            registered: n(0),
            voters: n(1),
            invalid: n(2),
            seats: { director: n(3), deputy: '1', member: n(4), woman: n(5) },
            candidates: names.map((name, i) =>
              person(name, i % 2 ? 'female' : 'male', 'member', { director: n(i), deputy: n(i + 1), member: n(i + 2) }),
            ),
          };
          const { input } = readForm(form);
          expect(() => calculate(input, {})).not.toThrow();
          localStorage.setItem(DRAFT_KEY, JSON.stringify({ v: 1, form }));
          const { container, unmount } = render(<ElectionCalculator village={OPEN} community={OPEN} />);
          const ids = [...container.querySelectorAll('[id]')].map((e) => e.id);
          expect(new Set(ids).size).toBe(ids.length);
          for (const label of container.querySelectorAll('label')) {
            const control = document.getElementById(label.htmlFor);
            expect(control?.tagName).toMatch(/INPUT|SELECT/);
          }
          unmount();
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);

  it('for any candidate names, each 另行选举 label fills its own box', async () => {
    const unit = fc.oneof(
      fc.constantFrom('张', '三', '李', '四', '·', '-', ' ', '['),
      fc.string({ minLength: 1, maxLength: 1 }),
    );
    const name = fc.string({ unit, minLength: 1, maxLength: 6 }).filter((x) => x.trim() !== '' && x.trim() !== '王芳');
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(name, { minLength: 2, maxLength: 2, selector: (x) => x.trim() }),
        async ([a, b]) => {
          cleanup();
          localStorage.clear();
          await counted(reElectionCase(a!, b!));
          // By the label's exact text (testing-library would fold the spaces a name may contain).
          const labelled = (n: string) => {
            const labels = [...document.querySelectorAll('.calc-re label')].filter(
              (l) => l.textContent === `${n} 的得票`,
            );
            expect(labels).toHaveLength(1);
            return document.getElementById((labels[0] as HTMLLabelElement).htmlFor) as HTMLInputElement;
          };
          const boxes = [a!.trim(), b!.trim()].map(labelled);
          await act(() => void fireEvent.input(boxes[0]!, { target: { value: '11' } }));
          await act(() => void fireEvent.input(boxes[1]!, { target: { value: '22' } }));
          const again = [a!.trim(), b!.trim()].map((n) => labelled(n).value);
          expect(again).toEqual(['11', '22']);
          const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
          expect(new Set(ids).size).toBe(ids.length);
        },
      ),
      { numRuns: 20 },
    );
  }, 60_000);
});
