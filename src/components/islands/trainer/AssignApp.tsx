/**
 * 布置学习任务: the trainer picks modules (or a role's preset), fills in the task and gets a link,
 * its QR code and a printable notice. The task lives only in the link (src/lib/task/link.ts).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { chinaDate } from '../../../lib/task/dates';
import { encodeTask, TASK_LIMITS, taskIdOf, taskPath, taskProblems, type Task } from '../../../lib/task/link';
import {
  chosenModules,
  defaultPassMark,
  minutesText,
  totalMinutes,
  type AssignableModule,
} from '../../../lib/task/assign';
import { withBase } from '../../../lib/url';
import AssignResult, { type Created } from './AssignResult';

export interface AssignModule extends AssignableModule {
  id: string;
  lessons: number;
}
export interface Preset {
  role: string;
  label: string;
  codes: string[];
}
interface Props {
  modules: AssignModule[];
  presets: Preset[];
  /** The site's base path, e.g. "/" or "/training/". */
  base: string;
}

declare global {
  interface Window {
    /** A preset tapped before hydration (src/pages/trainer/index.astro notes it). */
    hjEarlyPreset?: string | null;
  }
}

export default function AssignApp({ modules, presets, base }: Props) {
  const [codes, setCodes] = useState<Set<string>>(new Set());
  const [preset, setPreset] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [unit, setUnit] = useState('');
  const [deadline, setDeadline] = useState('');
  const [passMark, setPassMark] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [created, setCreated] = useState<Created | null>(null);
  const chosen = useMemo(() => chosenModules(modules, codes), [modules, codes]);
  const mark = passMark ?? String(defaultPassMark(chosen));
  // A field a problem names is marked invalid and points at the list that says what is wrong.
  const check = (label: string, hint?: string) => {
    const bad = problems.some((p) => p.includes(label));
    const described = [hint, bad ? 'assign-problems' : undefined].filter(Boolean).join(' ');
    return { 'aria-invalid': bad ? ('true' as const) : undefined, 'aria-describedby': described || undefined };
  };

  const choosePreset = (p: Preset) => {
    setCodes(new Set(p.codes));
    setPreset(p.role);
  };
  // A role path page links here with ?role=<role>: start from that preset. On a slow phone the
  // trainer may act before hydration: a preset tapped then (noted by the page's early-taps
  // script) wins, and what was typed or ticked in the meantime is taken from the page.
  useEffect(() => {
    const role = window.hjEarlyPreset ?? new URLSearchParams(location.search).get('role');
    window.hjEarlyPreset = null;
    const p = presets.find((x) => x.role === role);
    if (p) choosePreset(p);
    const typed = (id: string) => (document.getElementById(id) as HTMLInputElement | null)?.value ?? '';
    if (typed('task-title')) setTitle(typed('task-title'));
    if (typed('task-unit')) setUnit(typed('task-unit'));
    if (typed('task-deadline')) setDeadline(typed('task-deadline'));
    if (typed('task-note')) setNote(typed('task-note'));
    const ticked = [...document.querySelectorAll<HTMLInputElement>('.module-choices input:checked')];
    if (!p && ticked.length) setCodes(new Set(ticked.map((box) => box.value)));
    document.querySelector('.assign')?.setAttribute('data-ready', '');
  }, []);

  const toggle = (code: string) => {
    const next = new Set(codes);
    if (next.has(code)) next.delete(code);
    else next.add(code);
    setCodes(next);
    setPreset(null);
  };

  const submit = (e: Event) => {
    e.preventDefault();
    const task: Task = {
      title: title.trim(),
      unit: unit.trim(),
      deadline: deadline || null,
      passMark: Number(mark),
      modules: chosen.map((m) => m.code),
      note: note.trim(),
    };
    const found = taskProblems(task);
    setProblems(found);
    if (found.length) {
      setCreated(null);
      requestAnimationFrame(() => document.getElementById('assign-problems')?.focus());
      return;
    }
    const payload = encodeTask(task);
    const link = new URL(withBase(base, taskPath(payload)), location.origin).href;
    setCreated({ task, payload, id: taskIdOf(payload), link });
    requestAnimationFrame(() => document.getElementById('assign-result')?.focus());
  };

  return (
    <div class="assign">
      <form class="assign-form" onSubmit={submit} noValidate>
        <fieldset>
          <legend>1. 选择学习模块</legend>
          <p class="field-hint" id="preset-hint">
            按学员身份一键选择（与“学习路径”相同），也可以逐个勾选。
          </p>
          <div class="preset-buttons" role="group" aria-describedby="preset-hint">
            {presets.map((p) => (
              <button
                type="button"
                key={p.role}
                data-preset={p.role}
                aria-pressed={preset === p.role}
                onClick={() => choosePreset(p)}
              >
                {p.label}
              </button>
            ))}
            <button
              type="button"
              aria-pressed={codes.size === modules.length && preset === null}
              onClick={() => (setCodes(new Set(modules.map((m) => m.code))), setPreset(null))}
            >
              全部模块
            </button>
          </div>
          <ul class="module-choices">
            {modules.map((m) => (
              <li key={m.code}>
                <label>
                  <input type="checkbox" value={m.code} checked={codes.has(m.code)} onChange={() => toggle(m.code)} />
                  <span>
                    {m.title}
                    <span class="meta">
                      {'\u3000'}
                      {m.lessons} 课 · {minutesText(m.minutes)} · 及格线 {m.passMark} 分
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <p class="meta" aria-live="polite">
            已选 {chosen.length} 个模块，{minutesText(totalMinutes(chosen))}。
          </p>
        </fieldset>
        <fieldset>
          <legend>2. 填写任务信息</legend>
          <div class="field">
            <label for="task-title">任务名称（必填）</label>
            <input
              id="task-title"
              {...check('任务名称')}
              type="text"
              value={title}
              maxLength={TASK_LIMITS.title}
              onInput={(e) => setTitle(e.currentTarget.value)}
              placeholder="如：换届培训第一期"
              autoComplete="off"
            />
          </div>
          <div class="field">
            <label for="task-unit">发布单位（必填）</label>
            <input
              id="task-unit"
              {...check('发布单位')}
              type="text"
              value={unit}
              maxLength={TASK_LIMITS.unit}
              onInput={(e) => setUnit(e.currentTarget.value)}
              placeholder="如：某某镇党委组织办"
              autoComplete="organization"
            />
          </div>
          <div class="field">
            <label for="task-deadline">截止日期（可不填）</label>
            <input
              id="task-deadline"
              {...check('截止日期')}
              type="date"
              value={deadline}
              min={chinaDate(Date.now())}
              max="2100-12-31"
              onInput={(e) => setDeadline(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="task-pass">及格线（分）</label>
            <input
              id="task-pass"
              type="number"
              inputMode="numeric"
              min={1}
              max={100}
              value={mark}
              onInput={(e) => setPassMark(e.currentTarget.value)}
              {...check('及格线', 'task-pass-hint')}
            />
            <p class="field-hint" id="task-pass-hint">
              默认取所选模块中最高的及格线；每个模块的测验都要达到这个分数才算完成。
            </p>
          </div>
          <div class="field">
            <label for="task-note">给学员的说明（可不填，{TASK_LIMITS.note} 字以内）</label>
            <input
              id="task-note"
              {...check('说明')}
              type="text"
              value={note}
              maxLength={TASK_LIMITS.note}
              onInput={(e) => setNote(e.currentTarget.value)}
              placeholder="如：请在月底前学完，完成后把回执发到群里"
              autoComplete="off"
            />
          </div>
        </fieldset>
        {problems.length > 0 && (
          <div class="notice error-list" id="assign-problems" tabIndex={-1} role="alert">
            <p>还不能生成任务：</p>
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        <p>
          <button type="submit" class="primary">
            生成任务链接和二维码
          </button>
        </p>
      </form>
      {created && <AssignResult created={created} modules={chosen} base={base} />}
    </div>
  );
}
