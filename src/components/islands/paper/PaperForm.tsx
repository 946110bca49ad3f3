/**
 * The settings of an exam paper as a form. It edits a draft; the builder checks the draft with
 * the same decoder a shared link goes through, so a form and a link can never disagree.
 */
import { useState } from 'preact/hooks';
import { AUDIENCES, type Audience } from '../../../lib/content/audiences';
import { LIMITS, QUESTION_TYPES_IN_ORDER, type PaperSettings } from '../../../lib/quiz/paper-settings';
import type { ModuleInfo } from './ExamPaperView';
import { TYPE_LABELS } from '../shared/question-labels';

const MIXES: [string, string][] = [
  ['any', '标准比例（同测验：基础、进阶、较难约 3:4:3）'],
  ['50,40,10', '以基础题为主（基础 50%、进阶 40%、较难 10%）'],
  ['30,50,20', '难易均衡（基础 30%、进阶 50%、较难 20%）'],
  ['10,50,40', '以进阶、较难题为主（基础 10%、进阶 50%、较难 40%）'],
];
const mixKey = (mix: PaperSettings['mix']) => (mix ? `${mix.easy},${mix.medium},${mix.hard}` : 'any');
const parseMix = (key: string): PaperSettings['mix'] => {
  if (key === 'any') return null;
  const [easy = 0, medium = 0, hard = 0] = key.split(',').map(Number);
  return { easy, medium, hard };
};

interface Props {
  initial: PaperSettings;
  modules: ModuleInfo[];
  onSubmit(draft: PaperSettings): void;
}

export function PaperForm({ initial, modules, onSubmit }: Props) {
  const [draft, setDraft] = useState(initial);
  const set = (change: Partial<PaperSettings>) => setDraft((d) => ({ ...d, ...change }));
  const num = (e: Event) => Number((e.currentTarget as HTMLInputElement).value);
  const text = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  const mixes = MIXES.some(([k]) => k === mixKey(draft.mix))
    ? MIXES
    : [...MIXES, [mixKey(draft.mix), `链接中的比例（${mixKey(draft.mix).replace(/,/g, ' / ')}）`] as [string, string]];
  const toggleModule = (id: string, on: boolean) =>
    set({
      modules: on
        ? modules.map((m) => m.id).filter((m) => m === id || draft.modules.includes(m))
        : draft.modules.filter((m) => m !== id),
    });

  return (
    <form
      class="paper-form no-print"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(draft);
      }}
    >
      <fieldset>
        <legend>考试范围（模块）</legend>
        <p class="paper-form-row">
          <button type="button" onClick={() => set({ modules: modules.map((m) => m.id) })}>
            全选
          </button>
          <button type="button" onClick={() => set({ modules: [] })}>
            全不选
          </button>
        </p>
        <ul class="paper-modules">
          {modules.map((m) => (
            <li>
              <label>
                <input
                  type="checkbox"
                  checked={draft.modules.includes(m.id)}
                  onChange={(e) => toggleModule(m.id, e.currentTarget.checked)}
                />
                第{m.order}模块 {m.title}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>题量</legend>
        <div class="paper-form-grid">
          {QUESTION_TYPES_IN_ORDER.map((t) => (
            <label>
              {TYPE_LABELS[t]}
              <input
                type="number"
                inputMode="numeric"
                min={0}
                max={LIMITS.perType}
                value={draft.counts[t]}
                onInput={(e) => set({ counts: { ...draft.counts, [t]: num(e) } })}
              />
            </label>
          ))}
        </div>
      </fieldset>
      <div class="paper-form-grid">
        <label>
          适用对象
          <select value={draft.audience} onChange={(e) => set({ audience: e.currentTarget.value as Audience | 'all' })}>
            <option value="all">全体参训人员</option>
            {Object.entries(AUDIENCES).map(([id, label]) => (
              <option value={id}>{label}</option>
            ))}
          </select>
        </label>
        <label>
          难度
          <select value={mixKey(draft.mix)} onChange={(e) => set({ mix: parseMix(e.currentTarget.value) })}>
            {mixes.map(([key, label]) => (
              <option value={key}>{label}</option>
            ))}
          </select>
        </label>
        <label>
          试卷标题
          <input type="text" maxLength={LIMITS.text} value={draft.title} onInput={(e) => set({ title: text(e) })} />
        </label>
        <label>
          出题单位（可不填）
          <input type="text" maxLength={LIMITS.text} value={draft.unit} onInput={(e) => set({ unit: text(e) })} />
        </label>
        <label>
          考试时间（分钟）
          <input
            type="number"
            inputMode="numeric"
            min={LIMITS.minMinutes}
            max={LIMITS.maxMinutes}
            value={draft.minutes}
            onInput={(e) => set({ minutes: num(e) })}
          />
        </label>
        <label>
          试卷编号（同一编号出同一份卷）
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={LIMITS.maxSeed}
            value={draft.seed}
            onInput={(e) => set({ seed: num(e) })}
          />
        </label>
      </div>
      <fieldset>
        <legend>A/B 卷（题目相同、顺序不同，供相邻座位使用）</legend>
        <p class="paper-form-row">
          {(['A', 'B'] as const).map((v) => (
            <label>
              <input type="radio" name="variant" checked={draft.variant === v} onChange={() => set({ variant: v })} />
              {v} 卷
            </label>
          ))}
        </p>
      </fieldset>
      <p class="paper-form-row">
        <button type="submit" class="primary">
          生成试卷
        </button>
        <button type="button" onClick={() => onSubmit({ ...draft, seed: randomPaperSeed() })}>
          换一份（新编号）
        </button>
      </p>
    </form>
  );
}

export const randomPaperSeed = () => 1 + Math.floor(Math.random() * LIMITS.maxSeed);
