import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  generateCorpus,
  h2Anchors,
  median,
  moduleSizes,
  parseLesson,
  splitBlocks,
  type SourceContent,
} from '../../tooling/bench/corpus.ts';
import { descendants, parseGnuTime, parseStat } from '../../tooling/bench/proc.ts';
import { seededRandom } from '../../src/lib/quiz/random.ts';
import { parseQuestionBank } from '../../src/lib/content/question-bank.ts';
import { validateContent } from '../../src/lib/content/validate.ts';

const lesson = (module: string, order: number, title: string, body: string) =>
  `---\nmodule: ${module}\norder: ${order}\ntitle: ${title}\ndescription: 说明\n---\n\n${body}\n`;

const SOURCE: SourceContent = {
  glossary: 'terms:\n  - id: yi-jian-tiao\n    term: 一肩挑\n    definition: 定义\n',
  pages: { 'faq.mdx': '---\ntitle: 常见问题\ndescription: 说明\n---\n\n正文\n' },
  modules: [
    {
      id: 'alpha',
      yaml: 'title: 甲模块\norder: 2\nsummary: 简介\nobjectives: [目标]\nminutes: 30\n',
      checklist: '---\ntitle: 清单\ndescription: 说明\n---\n\n- [ ] 一项\n',
      lessons: [
        {
          slug: 'first',
          text: lesson(
            'alpha',
            1,
            '第一课',
            [
              '开头一段。',
              '## 选民登记的三类人员',
              '第一段，有<Term id="yi-jian-tiao">一肩挑</Term>。',
              '<Steps>\n\n1. 第一步\n2. 第二步\n\n</Steps>',
              '<Check ids="alpha-01, alpha-02" />',
              '## 名单公布与申诉期限',
              '### 小标题',
              '| 甲 | 乙 |\n|---|---|\n| 1 | 2 |',
            ].join('\n\n'),
          ),
        },
        {
          slug: 'second',
          text: lesson('alpha', 2, '第二课', '## 常见误区\n\n- 一条\n- 两条\n\n## 乡镇党委书记要做的\n\n再一段文字。'),
        },
      ],
      questions:
        'questions:\n  - id: alpha-01\n    type: judge\n    stem: 题干\n    answer: true\n    explanation: 解析\n    source: alpha/first#选民登记的三类人员\n  - id: alpha-02\n    type: single\n    stem: 题干\n    options: [甲, 乙]\n    answer: 2\n    explanation: 解析\n    source: alpha/second#常见误区\n',
    },
  ],
};

describe('splitting lessons into blocks', () => {
  it('keeps a component that spans blank lines in one block', () => {
    expect(splitBlocks('一段。\n\n<Steps>\n\n1. 甲\n2. 乙\n\n</Steps>\n\n<Check ids="a-01" />\n\n末段。')).toEqual([
      '一段。',
      '<Steps>\n\n1. 甲\n2. 乙\n\n</Steps>',
      '<Check ids="a-01" />',
      '末段。',
    ]);
  });

  it('reads sections, inline checks and sub-headings', () => {
    const parsed = parseLesson(SOURCE.modules[0]!.lessons[0]!.text);
    expect(parsed.frontmatter.title).toBe('第一课');
    expect(parsed.sections.map((s) => s.heading)).toEqual([undefined, '选民登记的三类人员', '名单公布与申诉期限']);
    expect(parsed.sections[1]!.blocks.find((b) => b.check)?.check).toBe(2);
    expect(parsed.sections[2]!.blocks[0]!.heading).toBe(true);
  });

  it('derives anchors as the build does, punctuation dropped and repeats numbered', () => {
    expect(h2Anchors('## 三个比率：衡量换届成效的尺子\n\n### 甲\n\n## 甲\n\n## 四遍访、六清楚')).toEqual([
      '三个比率衡量换届成效的尺子',
      '甲-1',
      '四遍访六清楚',
    ]);
  });
});

describe('module sizes', () => {
  it('adds up to the total, every module within bounds', () => {
    for (const total of [1, 19, 20, 41, 59, 60, 1000, 2345]) {
      const sizes = moduleSizes(total, seededRandom(total));
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(total);
      if (sizes.length > 1) for (const s of sizes) expect(s).toBeGreaterThanOrEqual(20);
      for (const s of sizes) expect(s).toBeLessThanOrEqual(40);
    }
  });
});

describe('the generated corpus', () => {
  const corpus = generateCorpus(SOURCE, { lessons: 75, seed: 'test', probe: 'alpha/first' });

  it('is the same for the same seed and differs for another', () => {
    const again = generateCorpus(SOURCE, { lessons: 75, seed: 'test', probe: 'alpha/first' });
    expect([...again.files]).toEqual([...corpus.files]);
    const other = generateCorpus(SOURCE, { lessons: 75, seed: 'other', probe: 'alpha/first' });
    expect([...other.files]).not.toEqual([...corpus.files]);
  });

  it('writes N lessons in modules of 20–40 with glossary, pages and checklists', () => {
    const lessons = [...corpus.files.keys()].filter((f) => /^[^/]+\/\d\d-.+\.mdx$/.test(f));
    expect(lessons).toHaveLength(75);
    expect(corpus.modules.every((m) => m.lessons.length >= 20 && m.lessons.length <= 40)).toBe(true);
    expect(corpus.files.get('glossary.yaml')).toBe(SOURCE.glossary);
    expect(corpus.files.has('pages/faq.mdx')).toBe(true);
    for (const m of corpus.modules) expect(corpus.files.has(`${m.id}/checklist.mdx`)).toBe(true);
  });

  it('passes the build’s content checks: orders, unique ids, sources on real headings, checks on real questions', () => {
    const modules = corpus.modules.map((m) => {
      const meta = parse(corpus.files.get(`${m.id}/module.yaml`)!) as { order: number; code: string };
      return { id: m.id, file: `${m.id}/module.yaml`, order: meta.order, code: meta.code };
    });
    const lessons = [...corpus.files]
      .filter(([f]) => /^[^/]+\/\d\d-.+\.mdx$/.test(f))
      .map(([file, text]) => {
        const parsed = parseLesson(text);
        const [folder, name] = file.split('/') as [string, string];
        return {
          id: `${folder}/${name.replace(/^\d\d-/, '').replace(/\.mdx$/, '')}`,
          file,
          folder,
          module: String(parsed.frontmatter.module),
          order: Number(parsed.frontmatter.order),
          anchors: h2Anchors(text.replace(/^---[\s\S]*?---/, '')),
          text,
        };
      });
    const questions = corpus.modules.flatMap((m) => {
      const bank = parseQuestionBank(corpus.files.get(`${m.id}/questions.yaml`)!, `${m.id}/questions.yaml`, m.id);
      expect(bank.errors).toEqual([]);
      return bank.questions.map((q) => ({
        id: q.id,
        file: `${m.id}/questions.yaml`,
        module: q.module,
        source: q.source,
      }));
    });
    expect(validateContent({ modules, lessons, questions })).toEqual([]);

    const ids = new Set(questions.map((q) => q.id));
    const checks = lessons.flatMap((l) =>
      [...l.text.matchAll(/<Check ids="([^"]+)"/g)].flatMap((m) =>
        m[1]!.split(', ').map((id) => ({ id, module: l.module })),
      ),
    );
    expect(checks.length).toBeGreaterThan(0);
    for (const c of checks) {
      expect(ids.has(c.id)).toBe(true);
      expect(c.id.startsWith(`${c.module}-`)).toBe(true);
    }
  });

  it('copies the probe lesson text verbatim, inline-check ids remapped', () => {
    const [module, slug] = corpus.probe!.split('/');
    const file = [...corpus.files.keys()].find((f) => f.startsWith(`${module}/`) && f.endsWith(`-${slug}.mdx`))!;
    const body = corpus.files.get(file)!;
    expect(body).toContain('## 选民登记的三类人员\n\n第一段，有<Term id="yi-jian-tiao">一肩挑</Term>。');
    expect(body).toMatch(new RegExp(`<Check ids="${module}-\\d\\d, ${module}-\\d\\d" />`));
  });
});

describe('process figures', () => {
  it('parses /proc/<pid>/stat even when the command name has spaces and parentheses', () => {
    const fields = Array.from({ length: 50 }, (_, i) => String(i));
    fields[1] = '4321'; // ppid (field 4)
    fields[21] = '2500'; // rss (field 24)
    [fields[11], fields[12], fields[13], fields[14]] = ['700', '80', '9', '1']; // utime, stime, cutime, cstime (14–17)
    expect(parseStat(`1234 (node (x) y) S ${fields.slice(1).join(' ')}`)).toEqual({
      pid: 1234,
      ppid: 4321,
      rssPages: 2500,
      cpuTicks: 790,
    });
  });

  it('finds a process tree and reads GNU time', () => {
    const stats = [
      { pid: 1, ppid: 0, rssPages: 1, cpuTicks: 0 },
      { pid: 10, ppid: 1, rssPages: 2, cpuTicks: 0 },
      { pid: 11, ppid: 10, rssPages: 3, cpuTicks: 0 },
      { pid: 12, ppid: 1, rssPages: 4, cpuTicks: 0 },
    ];
    expect(descendants(10, stats).map((s) => s.pid)).toEqual([10, 11]);
    expect(parseGnuTime('Command exited\n12.34 10.5 1.25 1150000\n')).toEqual({
      wall: 12.34,
      user: 10.5,
      system: 1.25,
      maxRssKiB: 1150000,
    });
  });

  it('takes the lower middle as the median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(Number.isNaN(median([]))).toBe(true);
  });
});
