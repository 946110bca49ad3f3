/**
 * 选举结果核算: the form, the count and the report sheet. Everything stays in this browser: the
 * half-filled form is kept under its own storage key so a reload loses nothing; no request is
 * ever made with what is entered.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { calculate, type Calculation } from '../../lib/election/compute';
import { clearDraft, readDraft, writeDraft, type DraftStorage } from '../../lib/election/draft';
import type { ProvinceContext } from '../../lib/election/explain';
import { emptyForm, fieldId, readForm, type FormState } from '../../lib/election/form';
import type { ElectionInput, InputProblem } from '../../lib/election/types';
import type { SettingsChoice } from '../../lib/election/variants';
import { ElectionForm } from './election/ElectionForm';
import { Results } from './election/Results';

/** What the page knows about the province, per kind of election (village / community). */
export interface ProvinceSide {
  fixed: SettingsChoice;
  context: ProvinceContext | null;
  /** 本省规定 on 另行选举 timing, already in words, or null to list the variants. */
  timing: string | null;
}

interface Props {
  village: ProvinceSide;
  community: ProvinceSide;
}

type Computed =
  { form: FormState; input: ElectionInput; calc: Calculation } | { form: FormState; problems: InputProblem[] };

const storage = (): DraftStorage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

const DRAFT_NOTICES = {
  blocked: '此浏览器不能保存表格（如无痕模式），刷新后录入的内容会丢失。',
  unreadable: '本机上次保存的表格无法读取，已从空白表格开始。',
  newer: '本机上次保存的表格来自新版网站，无法读取，已从空白表格开始。',
  full: '浏览器存储已满，表格没能保存。',
} as const;

export default function ElectionCalculator({ village, community }: Props) {
  const [form, setForm] = useState<FormState>(emptyForm);
  const [loaded, setLoaded] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [computed, setComputed] = useState<Computed | null>(null);

  useEffect(() => {
    const draft = readDraft(storage());
    if (draft.state === 'ok') setForm(draft.form);
    else if (draft.state !== 'empty') setNotice(DRAFT_NOTICES[draft.state]);
    setLoaded(true);
  }, []);

  useEffect(() => {
    if (!loaded) return;
    if (!writeDraft(storage(), form)) setNotice(storage() ? DRAFT_NOTICES.full : DRAFT_NOTICES.blocked);
  }, [form, loaded]);

  const side = form.kind === 'village' ? village : community;
  const votersNeeded = side.fixed.returnedBallots !== 'issued';

  const compute = () => {
    const { input, problems } = readForm(form);
    const seen = new Set(problems.map((p) => p.field));
    const calc = calculate(input, side.fixed);
    const all = calc.ok ? problems : [...problems, ...calc.problems.filter((p) => !seen.has(p.field))];
    setComputed(all.length > 0 ? { form, problems: all } : { form, input, calc });
    setTimeout(() => document.getElementById(all.length > 0 ? 'calc-problems' : 'scenario-1-h')?.focus(), 0);
  };

  const errors = useMemo(() => {
    const map = new Map<string, string>();
    if (computed && 'problems' in computed)
      for (const p of computed.problems) if (!map.has(p.field)) map.set(p.field, p.message);
    return map;
  }, [computed]);

  const print = (id: string) => {
    // Only the chosen sheet prints; printing from the browser menu instead prints every sheet.
    document.querySelectorAll('.report-sheet').forEach((el) => el.classList.toggle('print-target', el.id === id));
    document.querySelector('.calc')?.classList.add('has-print-target');
    window.print();
  };

  const reset = () => {
    if (!window.confirm('清空本页录入的全部数字和姓名？')) return;
    clearDraft(storage());
    setForm(emptyForm());
    setComputed(null);
  };

  // The 另行选举 votes are entered under the result, so typing them does not make it stale.
  const firstRound = (f: FormState) => JSON.stringify({ ...f, reCast: '', reVotes: {} });
  const stale = computed !== null && computed.form !== form && firstRound(computed.form) !== firstRound(form);
  return (
    <div class="calc">
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <ElectionForm form={form} set={(change) => setForm(change)} errors={errors} votersNeeded={votersNeeded} />
      <p class="calc-actions">
        <button type="button" class="primary" onClick={compute}>
          核算结果
        </button>
        <button type="button" onClick={reset}>
          清空表格
        </button>
      </p>
      {computed && 'problems' in computed && (
        <div class="calc-problems notice" role="alert">
          <h2 id="calc-problems" tabIndex={-1}>
            请先改正以下 {computed.problems.length} 处，才能核算
          </h2>
          <ul>
            {computed.problems.map((p, i) => (
              <li key={i}>
                <a href={`#${fieldId(p.field)}`}>{p.message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {computed && 'calc' in computed && computed.calc.ok && (
        <>
          {stale && (
            <p class="notice" role="status">
              表格已修改，下面是修改前的结果。请再点“核算结果”。
            </p>
          )}
          <Results
            input={computed.input}
            scenarios={computed.calc.scenarios}
            province={side.context}
            timing={side.timing}
            place={computed.form.place}
            date={computed.form.date}
            reCast={form.reCast}
            reVotes={form.reVotes}
            setRe={(reCast, reVotes) => setForm((f) => ({ ...f, reCast, reVotes }))}
            onPrint={print}
          />
        </>
      )}
    </div>
  );
}
