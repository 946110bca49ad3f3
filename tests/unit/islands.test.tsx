// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { hydrate } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Question } from '../../src/components/islands/quiz/Question';
import { PracticeList } from '../../src/components/islands/quiz/PracticeList';
import ProgressPanel from '../../src/components/islands/progress/ProgressPanel';
import TestMode from '../../src/components/islands/quiz/TestMode';
import { emptyProgress } from '../../src/lib/progress/record';
import { STORAGE_KEY } from '../../src/lib/progress/store';
import { bank, judge, multiple, order, single } from './quiz-fixtures';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('<Question>', () => {
  it('is a fieldset whose legend is the stem, with native labelled inputs', () => {
    render(
      <Question q={single} order={[3, 2, 1, 0]} value={null} onChange={() => {}} reveal={false} name="q" number={1} />,
    );
    const group = screen.getByRole('group', { name: /单选题.*单选/ });
    expect(group.tagName).toBe('FIELDSET');
    // Shown in the paper's order, lettered as shown.
    expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      'A. d',
      'B. c',
      'C. b',
      'D. a',
    ]);
  });

  it('says that a multiple-choice question needs every right option', () => {
    render(
      <Question q={multiple} order={[0, 1, 2, 3]} value={[]} onChange={() => {}} reveal={false} name="q" number={1} />,
    );
    expect(screen.getByText(/全部正确选项/)).toBeTruthy();
    expect(screen.getAllByRole('checkbox')).toHaveLength(4);
  });

  it('shows the verdict in words, not colour alone, with answer and explanation', () => {
    render(<Question q={judge} order={[]} value={true} onChange={() => {}} reveal name="q" number={2} />);
    expect(screen.getByText('✗ 回答错误')).toBeTruthy();
    expect(screen.getByText('您的答案：正确')).toBeTruthy();
    expect(screen.getByText('正确答案：错误')).toBeTruthy();
    expect(screen.getByText('解析：解析')).toBeTruthy();
    expect(screen.getByRole('link', { name: /到课程中复习/ }).getAttribute('href')).toBe(judge.href);
    expect((screen.getAllByRole('radio')[0] as HTMLInputElement).disabled).toBe(true);
  });

  it('reorders with buttons; the first item cannot move up', () => {
    let value: unknown = [0, 1, 2];
    render(
      <Question
        q={order}
        order={[0, 1, 2]}
        value={[0, 1, 2]}
        onChange={(v) => (value = v)}
        reveal={false}
        name="q"
        number={3}
      />,
    );
    expect((screen.getByRole('button', { name: '上移：x' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '下移：x' }));
    expect(value).toEqual([1, 0, 2]);
  });
});

describe('<PracticeList>', () => {
  it('checks an answer, explains it and records a mistake in the wrong-answer book', () => {
    render(<PracticeList questions={[single]} name="p" />);
    const check = screen.getByRole('button', { name: '核对答案' }) as HTMLButtonElement;
    expect(check.disabled).toBe(true);
    // Option "a" is wrong (the key is "c"), whatever letter the shuffle gave it.
    fireEvent.click(screen.getByLabelText(/^[A-D]\. a$/));
    fireEvent.click(check);
    expect(screen.getByText('✗ 回答错误')).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).wrong).toMatchObject({ s: { module: 'vote', streak: 0 } });
    fireEvent.click(screen.getByRole('button', { name: '再做一次' }));
    expect(screen.queryByText('✗ 回答错误')).toBeNull();
  });
});

describe('<PracticeList> with a whole bank', () => {
  it('shows options shuffled, not in the order the bank lists them', () => {
    render(<PracticeList questions={bank(10)} name="p" />);
    const shown = screen
      .getAllByRole('group')
      .filter((g) => g.tagName === 'FIELDSET')
      .map((field) => [...field.querySelectorAll('label')].map((l) => l.textContent!.slice(3)).join(''));
    for (const options of shown) expect([...options].sort().join('')).toBe('abcd');
    expect(shown.filter((options) => options !== 'abcd').length).toBeGreaterThan(5);
  });

  it('shows ten questions at a time and the rest on request', () => {
    render(<PracticeList questions={bank(12)} name="p" />);
    expect(screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET')).toHaveLength(10);
    fireEvent.click(screen.getByRole('button', { name: '继续练习（还有 2 题）' }));
    expect(screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET')).toHaveLength(12);
    expect(screen.queryByRole('button', { name: /继续练习/ })).toBeNull();
  });
});

describe('<TestMode>', () => {
  const module = { id: 'vote', title: '投票', passMark: 50, quizSize: 2 };
  const fieldsets = () => screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET');

  it('draws a paper of quizSize questions and scores it once handed in', () => {
    render(<TestMode module={module} questions={[single, judge, multiple]} />);
    fireEvent.click(screen.getByRole('button', { name: '开始测验' }));
    expect(fieldsets()).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: '交卷' }));
    expect(screen.getByRole('alert').textContent).toContain('还有 2 题没有作答');
    fireEvent.click(screen.getByRole('button', { name: '交卷' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('✗ 测验未通过：0 分');
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY)!);
    expect(saved.modules.vote).toMatchObject({ attempts: 1, best: 0, passed: false });
    expect(saved.modules.vote.last.paper).toHaveLength(2);
    expect(saved.modules.vote.last.wrong).toHaveLength(2);
    expect(saved.drafts).toEqual({});
  });

  it('keeps a test in progress with its answers when the page is left and opened again', () => {
    const first = render(<TestMode module={module} questions={[judge, single]} />);
    fireEvent.click(screen.getByRole('button', { name: '开始测验' }));
    fireEvent.click(screen.getByLabelText('错误'));
    const ids = fieldsets().map((f) => f.id);
    first.unmount();
    render(<TestMode module={module} questions={[judge, single]} />);
    expect(fieldsets().map((f) => f.id)).toEqual(ids);
    expect((screen.getByLabelText('错误') as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
  });

  it('reopens the last test as it was taken, even after the bank changed', () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        ...emptyProgress(),
        modules: {
          vote: {
            best: 50,
            attempts: 1,
            passed: true,
            last: {
              paper: [
                { id: 'j', order: [] },
                { id: 's', order: [3, 2, 1, 0] },
              ],
              responses: { j: false, s: 0 },
              wrong: ['s'],
              percent: 50,
              passed: true,
              at: '2026-11-01T08:00:00Z',
            },
          },
        },
      }),
    );
    // Since then, two questions were added to the bank ahead of these two.
    render(<TestMode module={module} questions={[multiple, order, single, judge]} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('✓ 测验通过：50 分');
    expect(fieldsets().map((f) => f.id)).toEqual(['test-j', 'test-s']);
    // Options in the order the trainee saw them.
    expect(
      (screen.getAllByRole('radio').slice(2) as HTMLInputElement[]).map((r) => r.labels?.[0]?.textContent),
    ).toEqual(['A. d', 'B. c', 'C. b', 'D. a']);
  });

  it('reopens a version-1 result after a reload', () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        modules: {
          vote: {
            best: 100,
            attempts: 1,
            passed: true,
            last: { seed: 5, size: 1, responses: { j: false }, percent: 100, passed: true, at: 'x' },
          },
        },
        wrong: {},
      }),
    );
    render(<TestMode module={{ ...module, quizSize: 1 }} questions={[judge]} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('✓ 测验通过：100 分');
    expect(screen.getByText('✓ 回答正确')).toBeTruthy();
  });
});

describe('<PracticeList> given the first questions of a bank', () => {
  const whole = [...bank(10), { ...order, id: 'late-order' }, { ...single, id: 'q11' }];
  const fieldsets = () => screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET');
  const labels = () => fieldsets().map((f) => [...f.querySelectorAll('label')].map((l) => l.textContent).join());

  it('shows them as the whole bank would, fetches the rest on 继续练习 and keeps every answer', async () => {
    const asWhole = render(<PracticeList questions={whole} name="p" />);
    const shownWhole = labels(); // its first ten
    asWhole.unmount();
    let asked = 0;
    const rest = async () => {
      asked++;
      return whole;
    };
    render(<PracticeList questions={whole.slice(0, 10)} total={12} rest={rest} name="p" />);
    expect(labels()).toEqual(shownWhole);
    fireEvent.click(screen.getAllByLabelText(/^[A-D]\. c$/)[0]!);
    fireEvent.click(screen.getByRole('button', { name: '继续练习（还有 2 题）' }));
    await waitFor(() => expect(fieldsets()).toHaveLength(12));
    expect(asked).toBe(1);
    expect(labels().slice(0, 10)).toEqual(shownWhole);
    expect((screen.getAllByLabelText(/^[A-D]\. c$/)[0] as HTMLInputElement).checked).toBe(true);
    // The ordering question that came with the rest starts in its shuffled order, ready to check.
    const late = fieldsets()[10]!.closest('li')!;
    expect(late.querySelectorAll('.order-list li')).toHaveLength(3);
    expect((late.querySelector('.actions button') as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByRole('button', { name: /继续练习/ })).toBeNull();
  });

  it('stays as it was, every answer kept, when the rest cannot be fetched', async () => {
    let rest = async (): Promise<typeof whole | false> => false;
    render(<PracticeList questions={whole.slice(0, 10)} total={12} rest={() => rest()} name="p" />);
    fireEvent.click(screen.getAllByLabelText(/^[A-D]\. c$/)[0]!);
    fireEvent.click(screen.getAllByRole('button', { name: '核对答案' })[0]!);
    fireEvent.click(screen.getByRole('button', { name: '继续练习（还有 2 题）' }));
    await act(async () => {});
    expect(fieldsets()).toHaveLength(10);
    expect(screen.getByText('✓ 回答正确')).toBeTruthy();
    rest = async () => whole;
    fireEvent.click(screen.getByRole('button', { name: '继续练习（还有 2 题）' }));
    await waitFor(() => expect(fieldsets()).toHaveLength(12));
    expect(screen.getByText('✓ 回答正确')).toBeTruthy();
  });
});

describe('<QuizApp>', () => {
  const module = { id: 'vote', title: '投票', passMark: 50, quizSize: 2 };
  const props = { module, total: 2, bankHref: '/modules/vote/questions.json', activeTaskKey: 'hj-active-task' };
  afterEach(() => {
    delete window.hjTestMode;
    vi.unstubAllGlobals();
  });
  /** QuizApp keeps the fetched bank for the page's life: a fresh copy of the module per test. */
  const freshQuizApp = async () => {
    vi.resetModules();
    return (await import('../../src/components/islands/quiz/QuizApp')).default;
  };
  const testCodeLoaded = () =>
    act(() => {
      window.hjTestMode = TestMode;
      dispatchEvent(new Event('hj:test-mode'));
    });

  it('starts in practice with the questions it was given and fetches the bank for the test', async () => {
    const fetch = vi.fn(async () => ({ json: async () => [single, judge] }));
    vi.stubGlobal('fetch', fetch);
    const QuizApp = await freshQuizApp();
    render(<QuizApp {...props} questions={[single, judge]} />);
    expect(screen.getAllByRole('button', { name: '核对答案' })).toHaveLength(2);
    expect(fetch).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '测验' }));
    expect(screen.getByRole('status').textContent).toBe('正在打开测验…');
    expect(fetch).toHaveBeenCalledWith('/modules/vote/questions.json');
    testCodeLoaded();
    await waitFor(() => expect(screen.getByRole('button', { name: '开始测验' })).toBeTruthy());
  });

  it('says in Chinese that the questions could not be fetched, and opens the test once they can', async () => {
    let online = false;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        if (!online) throw new TypeError('Failed to fetch');
        return { json: async () => [single, judge] };
      }),
    );
    const QuizApp = await freshQuizApp();
    render(<QuizApp {...props} questions={[single, judge]} />);
    fireEvent.click(screen.getByRole('button', { name: '测验' }));
    testCodeLoaded();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('题目没有取到，已做的题都还在'));
    expect(screen.queryByRole('button', { name: '开始测验' })).toBeNull();
    online = true;
    fireEvent.click(screen.getByRole('button', { name: '测验' }));
    await waitFor(() => expect(screen.getByRole('button', { name: '开始测验' })).toBeTruthy());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('before hydration', () => {
  it('an answer tapped before the island hydrated counts', () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.innerHTML = renderToString(<PracticeList questions={[single]} name="early" />);
    // The right option (index 2, "c"), wherever the practice shuffle put it.
    const right = [...host.querySelectorAll('label')].find((l) => l.textContent?.endsWith('. c'))!;
    (host.querySelector(`#${right.getAttribute('for')}`) as HTMLInputElement).checked = true;
    act(() => hydrate(<PracticeList questions={[single]} name="early" />, host));
    const check = [...host.querySelectorAll('button')].find((b) => b.textContent === '核对答案')!;
    expect(check.disabled).toBe(false);
    act(() => check.click());
    expect(host.textContent).toContain('✓ 回答正确');
    host.remove();
  });

  it('damaged storage: the notice keeps its class and role after hydration', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const modules = [{ id: 'vote', title: '投票', href: '/modules/vote/', lessons: ['vote/ballot'] }];
    host.innerHTML = renderToString(<ProgressPanel modules={modules} />);
    localStorage.setItem(STORAGE_KEY, '{"version":1,"modules":{');
    act(() => hydrate(<ProgressPanel modules={modules} />, host));
    await act(async () => {});
    const notice = host.querySelector('.notice[role=status]');
    expect(notice?.textContent).toContain('本机的学习记录已损坏');
    host.remove();
  });
});
