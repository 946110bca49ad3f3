// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Question } from '../../src/components/islands/Question';
import { PracticeList } from '../../src/components/islands/PracticeList';
import QuizApp from '../../src/components/islands/QuizApp';
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

describe('<QuizApp>', () => {
  const module = { id: 'vote', title: '投票', passMark: 50, quizSize: 2 };

  it('draws a paper of quizSize questions and scores it once handed in', () => {
    render(<QuizApp module={module} questions={[single, judge, multiple]} />);
    fireEvent.click(screen.getByRole('button', { name: '测验' }));
    fireEvent.click(screen.getByRole('button', { name: '开始测验' }));
    expect(screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: '交卷' }));
    expect(screen.getByRole('alert').textContent).toContain('还有 2 题没有作答');
    fireEvent.click(screen.getByRole('button', { name: '交卷' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('✗ 测验未通过：0 分');
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY)!);
    expect(saved.modules.vote).toMatchObject({ attempts: 1, best: 0, passed: false, last: { size: 2 } });
  });

  it('reopens the last result after a reload', () => {
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
    render(<QuizApp module={{ ...module, quizSize: 1 }} questions={[judge]} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('✓ 测验通过：100 分');
    expect(screen.getByText('✓ 回答正确')).toBeTruthy();
  });
});
