/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
/** The calculator's inputs: the election, the boxes, the seats, one candidate per row, relatives. */
import { h } from 'preact';
import {
  emptyBox,
  emptyCandidate,
  fieldId,
  parseCount,
  rowId,
  type CandidateRow,
  type FormState,
} from '../../../lib/election/form';
import { registeredName } from '../../../lib/election/check-input';
import { POST_LABELS, POSTS, type Post } from '../../../lib/election/types';
import { GroupError, NumberField, Row, SelectField, TextField, type Errors } from './fields';

interface Props {
  form: FormState;
  set: (change: (f: FormState) => FormState) => void;
  errors: Errors;
  /** Whether 投票人数 decides validity under the province's rule (or may, when it is unset). */
  votersNeeded: boolean;
}

const KIND_OPTIONS: [FormState['kind'], string][] = [
  ['village', '村民委员会'],
  ['community-all', '居民委员会：全体选民选举'],
  ['community-household', '居民委员会：户代表选举'],
  ['community-representatives', '居民委员会：居民代表选举'],
];

const focusSoon = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);

export function ElectionForm({ form, set, errors, votersNeeded }: Props) {
  const posts = POSTS.filter((p) => (parseCount(form.seats[p]) ?? 0) > 0);
  const updateCandidate = (id: string, change: (c: CandidateRow) => CandidateRow) =>
    set((f) => ({ ...f, candidates: f.candidates.map((c) => (c.id === id ? change(c) : c)) }));
  const names = form.candidates.map((c) => c.name.trim()).filter(Boolean);

  return (
    <div class="calc-form">
      <fieldset>
        <legend>选举</legend>
        <Row>
          <TextField
            field="place"
            label="村（社区）名称"
            value={form.place}
            errors={errors}
            onValue={(v) => set((f) => ({ ...f, place: v }))}
          />
          <TextField
            field="date"
            label="选举日期"
            value={form.date}
            errors={errors}
            placeholder="如 2026年3月15日"
            onValue={(v) => set((f) => ({ ...f, date: v }))}
          />
        </Row>
        <SelectField
          field="kind"
          label="选举的是"
          value={form.kind}
          errors={errors}
          options={KIND_OPTIONS}
          onValue={(v) => set((f) => ({ ...f, kind: v as FormState['kind'] }))}
        />
        <Row>
          <NumberField
            field="registered"
            label={registeredName(form.kind)}
            value={form.registered}
            errors={errors}
            onValue={(v) => set((f) => ({ ...f, registered: v }))}
          />
          <NumberField
            field="voters"
            label={`投票人数${votersNeeded ? '' : '（可不填）'}`}
            hint="签到领票的人数，受托人按所代表的人数计"
            value={form.voters}
            errors={errors}
            onValue={(v) => set((f) => ({ ...f, voters: v }))}
          />
        </Row>
      </fieldset>

      <fieldset id={fieldId('boxes')}>
        <legend>票箱：发出和收回的选票</legend>
        <p class="meta">每个票箱单独核对。用了投票站或流动票箱的，逐个添加。</p>
        <GroupError field="boxes" errors={errors} />
        {form.boxes.map((box, i) => (
          <div class="calc-card" key={box.id}>
            <TextField
              field={`boxes[${i}].name`}
              label="票箱名称"
              value={box.name}
              errors={errors}
              onValue={(v) =>
                set((f) => ({ ...f, boxes: f.boxes.map((b) => (b.id === box.id ? { ...b, name: v } : b)) }))
              }
            />
            <Row>
              <NumberField
                field={`boxes[${i}].issued`}
                label="发出选票"
                value={box.issued}
                errors={errors}
                onValue={(v) =>
                  set((f) => ({ ...f, boxes: f.boxes.map((b) => (b.id === box.id ? { ...b, issued: v } : b)) }))
                }
              />
              <NumberField
                field={`boxes[${i}].returned`}
                label="收回选票"
                value={box.returned}
                errors={errors}
                onValue={(v) =>
                  set((f) => ({ ...f, boxes: f.boxes.map((b) => (b.id === box.id ? { ...b, returned: v } : b)) }))
                }
              />
            </Row>
            {i > 0 && (
              <button
                type="button"
                class="calc-remove"
                onClick={() => set((f) => ({ ...f, boxes: f.boxes.filter((b) => b.id !== box.id) }))}
              >
                删除“{box.name || `第 ${i + 1} 个票箱`}”
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          onClick={() => {
            set((f) => ({ ...f, boxes: [...f.boxes, emptyBox(`${f.boxes.length}号流动票箱`)] }));
            focusSoon(fieldId(`boxes[${form.boxes.length}].issued`));
          }}
        >
          ＋ 添加投票站或流动票箱
        </button>
        <NumberField
          field="invalid"
          label="无效选票（整张作废的）"
          hint="各票箱合计；无效票也计入选票总数"
          value={form.invalid}
          errors={errors}
          onValue={(v) => set((f) => ({ ...f, invalid: v }))}
        />
      </fieldset>

      <fieldset id={fieldId('seats')}>
        <legend>应选人数</legend>
        <GroupError field="seats" errors={errors} />
        <Row>
          {POSTS.map((post) => (
            <NumberField
              key={post}
              field={`seats.${post}`}
              label={POST_LABELS[post]}
              hint={post === 'woman' ? '选票单列时填' : undefined}
              value={form.seats[post]}
              errors={errors}
              onValue={(v) => set((f) => ({ ...f, seats: { ...f.seats, [post]: v } }))}
            />
          ))}
        </Row>
      </fieldset>

      <fieldset id={fieldId('candidates')}>
        <legend>候选人和被选人的得票</legend>
        <p class="meta">
          一行一人。另选他人得票的，也作为一行录入。某职位没有得票的填 0；留空的按 0 票计，核算时会列出。
        </p>
        <GroupError field="candidates" errors={errors} />
        {form.candidates.map((c, i) => (
          <fieldset class="calc-card" key={c.id}>
            <legend>
              第 {i + 1} 人{c.name.trim() ? `：${c.name.trim()}` : ''}
            </legend>
            <Row>
              <TextField
                field={`candidates[${i}].name`}
                label="姓名"
                value={c.name}
                errors={errors}
                onValue={(v) => updateCandidate(c.id, (x) => ({ ...x, name: v }))}
              />
              <SelectField
                field={`candidates[${i}].sex`}
                label="性别"
                value={c.sex}
                errors={errors}
                options={[
                  ['', '请选择'],
                  ['female', '女'],
                  ['male', '男'],
                ]}
                onValue={(v) => updateCandidate(c.id, (x) => ({ ...x, sex: v as CandidateRow['sex'] }))}
              />
              <SelectField
                field={`candidates[${i}].nominatedFor`}
                label="提名职位"
                value={c.nominatedFor}
                errors={errors}
                options={[
                  ['', '请选择'],
                  ...posts.map((p): [string, string] => [p, `${POST_LABELS[p]}候选人`]),
                  ['write-in', '另选他人（非候选人）'],
                ]}
                onValue={(v) =>
                  updateCandidate(c.id, (x) => ({ ...x, nominatedFor: v as CandidateRow['nominatedFor'] }))
                }
              />
            </Row>
            <Row>
              {posts.map((post: Post) => (
                <NumberField
                  key={post}
                  field={`candidates[${i}].votes.${post}`}
                  label={`${POST_LABELS[post]}得票`}
                  value={c.votes[post] ?? ''}
                  errors={errors}
                  onValue={(v) => updateCandidate(c.id, (x) => ({ ...x, votes: { ...x.votes, [post]: v } }))}
                />
              ))}
            </Row>
            <button
              type="button"
              class="calc-remove"
              onClick={() => {
                set((f) => ({ ...f, candidates: f.candidates.filter((x) => x.id !== c.id) }));
                focusSoon('calc-add-candidate');
              }}
            >
              删除第 {i + 1} 人{c.name.trim() ? `（${c.name.trim()}）` : ''}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          id="calc-add-candidate"
          onClick={() => {
            set((f) => ({ ...f, candidates: [...f.candidates, emptyCandidate()] }));
            focusSoon(fieldId(`candidates[${form.candidates.length}].name`));
          }}
        >
          ＋ 添加一人
        </button>
      </fieldset>

      <fieldset>
        <legend>申报的近亲属关系</legend>
        <p class="meta">候选人之间有近亲属关系的，每一对录入一组。</p>
        {form.relatives.map((r, i) => (
          <div class="calc-card" key={r.id}>
            <Row>
              {(['a', 'b'] as const).map((side, k) => (
                <SelectField
                  key={side}
                  field={k === 0 ? `relatives[${i}]` : `relatives[${i}].b`}
                  label={`第 ${i + 1} 组：${k === 0 ? '一方' : '另一方'}`}
                  value={r[side]}
                  errors={errors}
                  options={[['', '请选择'], ...names.map((n): [string, string] => [n, n])]}
                  onValue={(v) =>
                    set((f) => ({ ...f, relatives: f.relatives.map((x) => (x.id === r.id ? { ...x, [side]: v } : x)) }))
                  }
                />
              ))}
            </Row>
            <button
              type="button"
              class="calc-remove"
              onClick={() => set((f) => ({ ...f, relatives: f.relatives.filter((x) => x.id !== r.id) }))}
            >
              删除第 {i + 1} 组
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => set((f) => ({ ...f, relatives: [...f.relatives, { id: rowId('r'), a: '', b: '' }] }))}
        >
          ＋ 添加一组近亲属
        </button>
      </fieldset>
    </div>
  );
}
