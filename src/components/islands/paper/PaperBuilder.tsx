/**
 * 试卷与答案: reads the paper's settings from the link, fetches the chosen modules' questions
 * (/modules/<id>/questions.json) and shows the paper and its answer sheet, ready to print. A bad
 * link is explained in Chinese next to a form with sensible settings; nothing from the link is
 * ever treated as markup.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { assemblePaper, type ExamQuestion } from '../../../lib/quiz/exam-paper';
import {
  decodeSettings,
  defaultSettings,
  encodeSettings,
  hasSettings,
  type PaperSettings,
} from '../../../lib/quiz/paper-settings';
import { ExamPaperView, type ModuleInfo } from './ExamPaperView';
import { PaperForm, randomPaperSeed } from './PaperForm';
import { copyText } from '../shared/clipboard';
import { moduleQuestions } from '../shared/module-questions';
import { TYPE_LABELS } from '../shared/question-labels';
import PrintButton from '../shared/PrintButton';

type Bank = { state: 'loading' } | { state: 'error' } | { state: 'ready'; questions: ExamQuestion[] };
type PrintChoice = 'both' | 'paper' | 'key';

interface Props {
  modules: ModuleInfo[];
}

function fromLink(modules: ModuleInfo[]): { settings: PaperSettings; problems: string[] } {
  const ids = modules.map((m) => m.id);
  const fallback = defaultSettings(ids, randomPaperSeed());
  const query = new URLSearchParams(location.search);
  if (!hasSettings(query)) return { settings: fallback, problems: [] };
  const decoded = decodeSettings(query, ids);
  return decoded.ok ? { settings: decoded.settings, problems: [] } : { settings: fallback, problems: decoded.problems };
}

export default function PaperBuilder({ modules }: Props) {
  const [start] = useState(() => (typeof window === 'undefined' ? null : fromLink(modules)));
  // A link with problems shows no paper until the trainer fixes the settings.
  const [applied, setApplied] = useState<PaperSettings | null>(
    start && start.problems.length === 0 ? start.settings : null,
  );
  const [problems, setProblems] = useState<{ from: 'link' | 'form'; list: string[] }>({
    from: 'link',
    list: start?.problems ?? [],
  });
  const [bank, setBank] = useState<Bank>({ state: 'loading' });
  const [printChoice, setPrintChoice] = useState<PrintChoice>('paper');

  useEffect(() => {
    if (!applied) return;
    setBank({ state: 'loading' });
    let current = true;
    Promise.all(applied.modules.map(moduleQuestions)).then(
      (lists) => current && setBank({ state: 'ready', questions: lists.flat() }),
      () => current && setBank({ state: 'error' }),
    );
    return () => (current = false);
  }, [applied && applied.modules.join(',')]);

  const paper = useMemo(
    () => (applied && bank.state === 'ready' ? assemblePaper(bank.questions, applied) : null),
    [applied, bank],
  );

  const apply = (draft: PaperSettings) => {
    const checked = decodeSettings(
      new URLSearchParams(encodeSettings(draft)),
      modules.map((m) => m.id),
    );
    if (!checked.ok) return setProblems({ from: 'form', list: checked.problems });
    setProblems({ from: 'form', list: [] });
    setApplied(checked.settings);
    history.pushState(null, '', `?${encodeSettings(checked.settings)}`);
  };

  // The paper's number at the top of every printed page. A constructed stylesheet, not a <style>
  // element: the Content-Security-Policy allows no inline styles. Built from checked numbers only.
  useEffect(() => {
    if (!applied || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`@page{@top-right{content:"试卷编号 ${applied.seed}-${applied.variant}"}}`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [applied?.seed, applied?.variant]);

  useEffect(() => {
    if (applied && !location.search) history.replaceState(null, '', `?${encodeSettings(applied)}`);
    const onPop = () => {
      const next = fromLink(modules);
      setProblems({ from: 'link', list: next.problems });
      setApplied(next.problems.length === 0 ? next.settings : null);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  if (!start) return null;
  const formSettings = applied ?? start.settings;
  return (
    <div class={`paper-builder print-${printChoice}`}>
      {problems.list.length > 0 && (
        <div class="notice no-print" role="alert">
          <p>{problems.from === 'link' ? '这个试卷链接有问题，无法生成试卷：' : '设置有问题，请修改后再生成：'}</p>
          <ul>
            {problems.list.map((p) => (
              <li>{p}</li>
            ))}
          </ul>
          {problems.from === 'link' && <p>下面换成了默认设置，可以修改后重新生成。</p>}
        </div>
      )}
      <details class="paper-settings no-print" open={!applied}>
        <summary>出卷设置</summary>
        <PaperForm
          key={applied ? encodeSettings(applied) : 'start'}
          initial={formSettings}
          modules={modules}
          onSubmit={apply}
        />
      </details>
      {applied && bank.state === 'loading' && <p role="status">正在读取题目…</p>}
      {applied && bank.state === 'error' && (
        <p class="notice" role="alert">
          题目没有加载成功，请检查网络后刷新本页。试卷设置保存在网址里，不会丢失。
        </p>
      )}
      {applied && paper && (
        <>
          <div class="paper-toolbar no-print">
            {paper.shortfalls.length > 0 && (
              <div class="notice" role="status">
                {paper.shortfalls.map((s) => (
                  <p>
                    符合条件的{TYPE_LABELS[s.type]}只有 {s.got} 道（设置为 {s.wanted} 道），已全部用上。
                  </p>
                ))}
              </div>
            )}
            <p>
              试卷编号{' '}
              <strong>
                {applied.seed}-{applied.variant}
              </strong>
              ：同一网址、同一编号，任何时候打开都是同一份试卷。
              {applied.variant === 'A' ? (
                <button type="button" onClick={() => apply({ ...applied, variant: 'B' })}>
                  改为 B 卷
                </button>
              ) : (
                <button type="button" onClick={() => apply({ ...applied, variant: 'A' })}>
                  改为 A 卷
                </button>
              )}
            </p>
            <ShareLink />
            <div class="print-tools">
              <PrintButton label="打印" />
            </div>
            <label class="paper-print-choice">
              打印内容
              <select value={printChoice} onChange={(e) => setPrintChoice(e.currentTarget.value as PrintChoice)}>
                <option value="paper">只打印试卷（发给考生）</option>
                <option value="key">只打印答案与解析（阅卷用）</option>
                <option value="both">试卷和答案（答案另起一页）</option>
              </select>
            </label>
          </div>
          <ExamPaperView paper={paper} settings={applied} modules={modules} />
        </>
      )}
    </div>
  );
}

/** The paper's address to pass on; WeChat cannot download files, but a copied link works anywhere. */
function ShareLink() {
  const [copied, setCopied] = useState<'' | 'ok' | 'failed'>('');
  const url = location.href;
  const copy = async () => setCopied((await copyText(url)) ? 'ok' : 'failed');
  return (
    <p class="share-link">
      <label>
        本试卷的网址
        <input type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" onClick={copy}>
        复制网址
      </button>
      <span role="status">
        {copied === 'ok' ? '已复制。' : copied === 'failed' ? '无法自动复制，请长按网址框手动复制。' : ''}
      </span>
    </p>
  );
}
