/**
 * A printed exam paper and, on its own sheet, its answers with explanations and the section of
 * the course each question comes from. Renders what lib/quiz/exam-paper computed; text only.
 */
import { optionLetter } from '../../../lib/quiz/option-letter';
import {
  answerText,
  sectionMarks,
  sectionNumeral,
  type ExamPaper,
  type PaperSection,
  type SectionMarks,
} from '../../../lib/quiz/exam-paper';
import type { PaperSettings } from '../../../lib/quiz/paper-settings';
import type { QuestionType } from '../../../lib/quiz/types';
import { TYPE_LABELS } from '../shared/question-labels';

const INSTRUCTIONS: Record<QuestionType, string> = {
  single: '每题只有一个正确答案，把它的字母填在括号内',
  multiple: '每题有两个或两个以上正确答案，把它们的字母都填在括号内；多选、少选、错选均不得分',
  judge: '正确的在括号内画“√”，错误的画“×”',
  order: '把各步骤的字母按正确的先后顺序填在横线上',
};

export interface ModuleInfo {
  id: string;
  title: string;
  order: number;
}

interface Props {
  paper: ExamPaper;
  settings: PaperSettings;
  modules: ModuleInfo[];
}

const paperCode = (s: PaperSettings) => `${s.seed}-${s.variant}`;
const count = (paper: ExamPaper) => paper.sections.reduce((n, s) => n + s.entries.length, 0);

export function ExamPaperView({ paper, settings, modules }: Props) {
  const byId = new Map(modules.map((m) => [m.id, m]));
  const chosen = settings.modules.map((id) => byId.get(id)?.title ?? id);
  const marks = sectionMarks(paper.sections.map((s) => s.entries.length));
  return (
    <>
      <section class="exam-paper" aria-labelledby="paper-title">
        <header class="paper-head">
          <h2 id="paper-title">{settings.title}</h2>
          {settings.unit && <p class="paper-unit">{settings.unit}</p>}
          <p class="paper-facts">
            <span>考试时间：{settings.minutes} 分钟</span>
            <span>共 {count(paper)} 题</span>
            <span>满分 100 分</span>
            <span>试卷编号：{paperCode(settings)}</span>
          </p>
          <div class="paper-fill">
            <p>
              姓名：
              <span />
            </p>
            <p>
              单位：
              <span />
            </p>
            <p>
              得分：
              <span />
            </p>
          </div>
          <p class="meta">考试范围：{chosen.join('、')}</p>
        </header>
        {paper.sections.map((section, i) => (
          <PaperSectionView section={section} index={i} marks={marks[i]!} />
        ))}
      </section>
      <section class="answer-key" aria-labelledby="key-title">
        <h2 id="key-title">{settings.title} · 答案与解析</h2>
        <p class="paper-facts">
          <span>试卷编号：{paperCode(settings)}</span>
          <span>共 {count(paper)} 题</span>
          {settings.unit && <span>{settings.unit}</span>}
        </p>
        <p class="meta">本页供阅卷和讲评使用，请勿随试卷发给考生。</p>
        {paper.sections.map((section, i) => (
          <div class="key-section">
            <h3>
              {sectionNumeral(i)}、{TYPE_LABELS[section.type]}
            </h3>
            <ol class="key-items">
              {section.entries.map(({ number, question: q, order }) => {
                const m = byId.get(q.module);
                return (
                  <li class="key-item" value={number}>
                    <p class="key-answer">
                      {number}. 答案：{answerText(q, order)}
                    </p>
                    <p>{q.explanation}</p>
                    <p class="meta">
                      出处：{m ? `第${m.order}模块 ${m.title}` : q.module} › {q.lessonTitle} › {q.section}
                      {q.basis && `；依据：${q.basis}`}；题号 {q.id}
                    </p>
                  </li>
                );
              })}
            </ol>
          </div>
        ))}
      </section>
    </>
  );
}

function PaperSectionView({ section, index, marks }: { section: PaperSection; index: number; marks: SectionMarks }) {
  return (
    <div class="paper-section">
      <h3>
        {sectionNumeral(index)}、{TYPE_LABELS[section.type]}
        <span class="paper-instruction">
          （共 {section.entries.length} 题，{marks.each !== null && `每题 ${marks.each} 分，`}共 {marks.total} 分。
          {INSTRUCTIONS[section.type]}）
        </span>
      </h3>
      <ol class="paper-items">
        {section.entries.map(({ number, question: q, order }) => (
          <li class="paper-item" value={number}>
            <p class="paper-stem">
              {number}. {q.stem}
              {q.type !== 'order' && <span class="answer-space">（　　　）</span>}
            </p>
            {order.length > 0 && (
              <ul class="paper-options">
                {order.map((original, shown) => (
                  <li>
                    {optionLetter(shown)}. {q.options[original]}
                  </li>
                ))}
              </ul>
            )}
            {q.type === 'order' && <p class="order-line">正确顺序：</p>}
          </li>
        ))}
      </ol>
    </div>
  );
}
