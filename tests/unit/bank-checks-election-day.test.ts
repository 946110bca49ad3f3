import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { parseQuestionBank } from '../../src/lib/content/question-bank';
import type { Question } from '../../src/lib/content/schemas';
import { ROOT } from '../../tooling/dirs';

/**
 * Issue 19, "Correct on election day": the content decisions that no general rule can check.
 * Each test names the question or lesson it holds; see docs/election-day-sources.md for the
 * provinces read.
 */
function bank(module: string): Map<string, Question> {
  const file = `content/${module}/questions.yaml`;
  const { questions } = parseQuestionBank(readFileSync(join(ROOT, file), 'utf8'), file, module);
  return new Map(questions.map((q) => [q.id, q]));
}
const question = (id: string) => bank(id.replace(/-\d+$/, '')).get(id)!;

function lesson(id: string): string {
  const [module, slug] = id.split('/');
  const dir = join(ROOT, 'content', module!);
  const name = readdirSync(dir).find((f) => f.replace(/^\d+-/, '') === `${slug}.mdx`)!;
  return readFileSync(join(dir, name), 'utf8');
}

/** The text of a lesson section, from its heading to the next heading of the same level. */
function section(source: string): string {
  const [lessonId, anchor] = source.split('#');
  const slugger = new GithubSlugger();
  const parts = lesson(lessonId!).split(/^(?=## )/m);
  const found = parts.find((p) => p.startsWith('## ') && slugger.slug(p.slice(3, p.indexOf('\n')).trim()) === anchor);
  if (!found) throw new Error(`no section ${source}`);
  return found;
}

describe('election day as the provinces write it (issue 19)', () => {
  it('mobilization-21 says no 流动票箱 or 监票人 was used and rests on those rules and 代写, not on the rule for voters away', () => {
    const q = question('mobilization-21');
    expect(q.stem).toMatch(/流动票箱/);
    expect(q.stem).toMatch(/监票人/);
    expect(q.explanation).toMatch(/代写/);
    expect(`${q.explanation} ${q.basis}`).not.toMatch(/第四款|外出/);
  });

  it('mobilization-05 and preparation-36 point at the sections that teach their point', () => {
    const expected = {
      'mobilization-05': 'mobilization/voters-away-from-home#电话短信微信把信息送到人',
      'preparation-36': 'overview/legal-frame#常见误区',
    };
    for (const [id, source] of Object.entries(expected)) {
      expect(question(id).source).toBe(source);
      expect(section(source)).toBeTruthy();
    }
    expect(section('mobilization/voters-away-from-home#电话短信微信把信息送到人')).toMatch(/微信/);
    expect(section('overview/legal-frame#常见误区')).toMatch(/2020年修订/);
  });

  it('election-day-28 keys as wrong only what no province allows: no option about a candidate as 代写人', () => {
    const q = question('election-day-28');
    expect(q.options.filter((o) => /候选人/.test(o))).toEqual([]);
  });

  it('no live question keys signing when ballots are sealed, and the lesson does not call it 通行做法', () => {
    const live = readdirSync(join(ROOT, 'content'))
      .filter((m) => !m.includes('.') && m !== 'pages')
      .flatMap((m) => [...bank(m).values()])
      .filter((q) => !q.retired);
    expect(live.filter((q) => q.options.some((o) => /封存/.test(o) && /签名|签字/.test(o))).map((q) => q.id)).toEqual(
      [],
    );
    const sealing = section('election-day/after-the-count#计票后封存选票');
    expect(sealing).not.toMatch(/签名[^。]*通行做法|通行做法[^。]*签名/);
  });

  it('retires the questions on points only some of the provinces read write down, keeping their ids', () => {
    const retired = ['election-day-21', 'election-day-22', 'election-day-23', 'election-day-37', 'election-day-39'];
    for (const id of retired) expect(question(id).retired, id).toBe(true);
  });

  it('teaches those points as 常见, not as 通行, in the election-day lessons', () => {
    for (const source of [
      'election-day/deciding-winners#另选的人当选要审查资格',
      'election-day/deciding-winners#没有妇女当选怎么办',
      'election-day/deciding-winners#当选人之间有近亲属关系',
      'election-day/after-the-count#选举委员会不宣布时',
    ]) {
      const text = section(source);
      expect(text, source).toMatch(/常见/);
      expect(text, source).not.toMatch(/通行做法是/);
    }
  });
});
