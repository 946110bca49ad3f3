import { describe, expect, it } from 'vitest';
import { validateContent, type ContentIndex, type LessonRef } from '../../src/lib/content/validate';

const lesson = (over: Partial<LessonRef> = {}): LessonRef => ({
  id: 'vote/registration',
  file: 'content/vote/01-registration.mdx',
  folder: 'vote',
  module: 'vote',
  order: 1,
  anchors: ['名单公布'],
  ...over,
});
const valid = (): ContentIndex => ({
  modules: [{ id: 'vote', file: 'content/vote/module.yaml', order: 1, code: 'vt' }],
  lessons: [
    lesson(),
    lesson({ id: 'vote/counting', file: 'content/vote/02-counting.mdx', order: 2, anchors: ['计票'] }),
  ],
  questions: [
    { id: 'vote-01', file: 'content/vote/questions.yaml', module: 'vote', source: 'vote/registration#名单公布' },
  ],
});

describe('validateContent', () => {
  it('accepts consistent content', () => {
    expect(validateContent(valid())).toEqual([]);
  });

  it('reports a source pointing to a lesson that does not exist', () => {
    const c = valid();
    const errors = validateContent({ ...c, questions: [{ ...c.questions[0]!, source: 'vote/nowhere#名单公布' }] });
    expect(errors).toEqual([
      'content/vote/questions.yaml: question vote-01: source: lesson "vote/nowhere" does not exist',
    ]);
  });

  it('reports a source pointing to a heading that does not exist', () => {
    const c = valid();
    const errors = validateContent({ ...c, questions: [{ ...c.questions[0]!, source: 'vote/registration#申诉' }] });
    expect(errors).toEqual([
      'content/vote/questions.yaml: question vote-01: source: lesson "vote/registration" has no heading with anchor "#申诉"',
    ]);
  });

  it('reports a lesson whose module does not exist', () => {
    const c = valid();
    const errors = validateContent({ ...c, lessons: [lesson({ module: 'votes' }), c.lessons[1]!] });
    expect(errors).toContain(
      'content/vote/01-registration.mdx: lesson vote/registration: module "votes" does not exist',
    );
  });

  it('reports a lesson filed under another module’s folder', () => {
    const c = valid();
    const modules = [...c.modules, { id: 'other', file: 'content/other/module.yaml', order: 2, code: 'ot' }];
    const errors = validateContent({ ...c, modules, lessons: [lesson({ module: 'other' }), c.lessons[1]!] });
    expect(errors).toContain(
      'content/vote/01-registration.mdx: lesson vote/registration: module "other" does not match its folder "vote"',
    );
  });

  it('reports lessons with the same order', () => {
    const c = valid();
    const errors = validateContent({ ...c, lessons: [c.lessons[0]!, { ...c.lessons[1]!, order: 1 }] });
    expect(errors).toContain(
      'content/vote/02-counting.mdx: lesson vote/counting: order 1 is already used by lesson vote/registration',
    );
  });

  it('reports a gap in lesson order', () => {
    const c = valid();
    const errors = validateContent({ ...c, lessons: [c.lessons[0]!, { ...c.lessons[1]!, order: 3 }] });
    expect(errors).toEqual(['module vote: lesson order has a gap: no lesson has order 2 (orders must run 1, 2, 3 …)']);
  });

  it('reports two modules with the same order', () => {
    const c = valid();
    const errors = validateContent({
      ...c,
      modules: [...c.modules, { id: 'other', file: 'content/other/module.yaml', order: 1, code: 'ot' }],
    });
    expect(errors).toEqual(['content/other/module.yaml: module other: order 1 is already used by module vote']);
  });

  it('reports a question bank in a folder without module.yaml', () => {
    const c = valid();
    const errors = validateContent({ ...c, questions: [{ ...c.questions[0]!, module: 'ghost' }] });
    expect(errors).toEqual(['content/vote/questions.yaml: question vote-01: module "ghost" has no module.yaml']);
  });

  it.each(['registration-01', 'vote-intro', 'vote-01a', 'vote-12345', 'vote-'])(
    'reports a question id %s that receipts cannot carry, with file, item and field',
    (id) => {
      const c = valid();
      const errors = validateContent({ ...c, questions: [{ ...c.questions[0]!, id }] });
      expect(errors).toEqual([
        `content/vote/questions.yaml: question ${id}: id: must be "vote-<number>" (e.g. vote-07, 1–4 digits): receipts record wrong questions by module and number`,
      ]);
    },
  );

  it('reports two question ids of a module with the same number, and accepts it in another module', () => {
    const c = valid();
    const q = c.questions[0]!;
    const other = { id: 'poll', file: 'content/poll/module.yaml', order: 2, code: 'pl' };
    const errors = validateContent({
      ...c,
      modules: [...c.modules, other],
      questions: [
        { ...q, id: 'vote-1' },
        { ...q, id: 'vote-0001' },
        { ...q, id: 'poll-1', module: 'poll', file: 'content/poll/questions.yaml' },
      ],
    });
    expect(errors).toEqual([
      'content/vote/questions.yaml: question vote-0001: id: number 1 is already used by vote-1; receipts record only the number, so numbers must differ within a module',
    ]);
  });

  it('reports two modules with the same code, naming both files', () => {
    const c = valid();
    const errors = validateContent({
      ...c,
      modules: [...c.modules, { id: 'other', file: 'content/other/module.yaml', order: 2, code: 'vt' }],
    });
    expect(errors).toEqual([
      'content/other/module.yaml: module other: code: "vt" is already used by module vote (content/vote/module.yaml); give each module its own code',
    ]);
  });

  it('reports a module that takes the code of a removed module', () => {
    const errors = validateContent({
      ...valid(),
      retiredCodes: [{ code: 'vt', module: 'old-vote', file: 'content/retired-module-codes.yaml' }],
    });
    expect(errors).toEqual([
      'content/vote/module.yaml: module vote: code: "vt" belonged to the removed module old-vote (content/retired-module-codes.yaml); codes are never reused, choose another',
    ]);
  });
});
