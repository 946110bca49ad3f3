/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
/** The outcome(s): who is elected, what goes to 另行选举, each step with its rule, and the sheet. */
import { h } from 'preact';
import type { Scenario } from '../../../lib/election/compute';
import { explain, type ProvinceContext } from '../../../lib/election/explain';
import { countReElection, oneThirdFloor } from '../../../lib/election/re-election';
import { parseCount } from '../../../lib/election/form';
import { RE_ELECTION_TIMING_VARIANTS } from '../../../lib/election/basis';
import { POST_LABELS, type ElectionInput, type StepStatus } from '../../../lib/election/types';
import { NumberField, type Errors } from './fields';
import { ReportSheet } from './ReportSheet';

interface Props {
  input: ElectionInput;
  scenarios: Scenario[];
  province: ProvinceContext | null;
  timing: string | null;
  place: string;
  date: string;
  reCast: string;
  reVotes: Record<string, string>;
  setRe: (cast: string, votes: Record<string, string>) => void;
  onPrint: (id: string) => void;
}

const STATUS: Record<StepStatus, string> = { pass: '✓ 符合', fail: '✗ 不符合', warn: '！注意', info: 'ℹ 说明' };
const NO_ERRORS: Errors = new Map();

export function Results({ input, scenarios, province, timing, place, date, reCast, reVotes, setRe, onPrint }: Props) {
  const several = scenarios.length > 1;
  return (
    <div class="calc-results">
      {several && (
        <p class="notice">
          本省的选举办法没有在本站设置，而各省在下面这些地方做法不同，会得出不同结果。请按本省选举办法选用对应的一种。
        </p>
      )}
      {scenarios.map((s, n) => {
        const id = `scenario-${n + 1}`;
        const shared = s.combinations[0]!.chosen.filter((c) =>
          s.combinations.every((k) => k.chosen.some((x) => x.label === c.label)),
        );
        const heading = several
          ? `做法${'一二三四五六七八'[n]}：${s.provinces.length > 0 ? s.provinces.join('、') : '所读8省中没有这种组合'}`
          : '核算结果';
        const note = several ? shared.map((c) => c.label).join('；') : undefined;
        const o = s.outcome;
        return (
          <section key={id} class="calc-scenario" aria-labelledby={`${id}-h`}>
            <h2 id={`${id}-h`} tabIndex={-1}>
              {heading}
            </h2>
            {note && <p class="meta">{note}</p>}
            <Summary outcome={o} />
            <h3>逐步核算</h3>
            <ol class="calc-steps">
              {explain(input, o, province).map((step, i) => (
                <li key={i} class={`calc-step ${step.status}`}>
                  <p>
                    <strong>
                      {STATUS[step.status]}　{step.title}
                    </strong>
                  </p>
                  <p>{step.detail}</p>
                  <p class="meta">
                    依据（{step.basis.grade}）：{step.basis.cite}
                  </p>
                </li>
              ))}
            </ol>
            {o.reElection.length > 0 && (
              <section aria-labelledby={`${id}-re`}>
                <h3 id={`${id}-re`}>另行选举</h3>
                <p>{timing ?? RE_ELECTION_TIMING_VARIANTS}</p>
                {!several && <ReElectionCount scenario={s} reCast={reCast} reVotes={reVotes} setRe={setRe} />}
              </section>
            )}
            <ReportSheet
              id={`${id}-sheet`}
              input={input}
              outcome={o}
              place={place}
              date={date}
              variantNote={note}
              onPrint={onPrint}
            />
          </section>
        );
      })}
    </div>
  );
}

function Summary({ outcome: o }: { outcome: Scenario['outcome'] }) {
  if (!o.validity.valid) return <p class="calc-verdict fail">这次选举无效，不确定当选人。原因见下面的核算步骤。</p>;
  return (
    <ul class="calc-verdict">
      {o.posts.map((p) => (
        <li key={p.post}>
          <strong>{POST_LABELS[p.post]}</strong>（应选 {p.seats}）：
          {p.elected.length > 0 ? `${p.elected.map((s) => s.name).join('、')} 当选` : '无人当选'}
          {p.ties.map((t) => `；${t.names.join('、')} 票数相等，再投一次`)}
          {p.open > 0 && `；${p.open} 个名额另行选举`}
        </li>
      ))}
    </ul>
  );
}

function ReElectionCount({
  scenario,
  reCast,
  reVotes,
  setRe,
}: {
  scenario: Scenario;
  reCast: string;
  reVotes: Record<string, string>;
  setRe: Props['setRe'];
}) {
  const cast = parseCount(reCast);
  const seats = scenario.outcome.reElection;
  const names = [...new Set(seats.flatMap((r) => r.candidates.map((c) => c.name)))];
  return (
    <div class="calc-card">
      <p>另行选举投票后，在这里录入结果核算（不少于已投选票总数的三分之一，以得票多的当选）：</p>
      <NumberField
        field="reCast"
        label="另行选举已投选票总数（含无效票）"
        value={reCast}
        errors={NO_ERRORS}
        onValue={(v) => setRe(v, reVotes)}
      />
      {cast !== null && cast > 0 && (
        <p role="status">
          当选至少要 {oneThirdFloor(cast)} 票（{cast} 的三分之一{cast % 3 === 0 ? '，正好等于也够' : ''}）。
        </p>
      )}
      {names.map((name) => (
        <NumberField
          key={name}
          field={`reVotes.${name}`}
          label={`${name} 的得票`}
          value={reVotes[name] ?? ''}
          errors={NO_ERRORS}
          onValue={(v) => setRe(reCast, { ...reVotes, [name]: v })}
        />
      ))}
      {cast !== null && cast > 0 && (
        <ul class="calc-verdict">
          {seats.map((seat, i) => {
            const votes = Object.fromEntries(
              seat.candidates.map((c) => [c.name, parseCount(reVotes[c.name] ?? '') ?? 0]),
            );
            const r = countReElection(seat, votes, cast);
            return (
              <li key={i}>
                <strong>
                  {POST_LABELS[seat.post]}
                  {seat.womenOnly ? '（妇女成员）' : ''}
                </strong>
                （{seat.seats} 名）：
                {r.elected.length > 0
                  ? `${r.elected.map((c) => `${c.name} ${c.votes} 票`).join('、')} 当选`
                  : '无人达到三分之一'}
                {r.tie && `；${r.tie.names.join('、')} 各 ${r.tie.votes} 票，再投一次`}
                {r.vacant > 0 && `；仍缺 ${r.vacant} 名，是否暂缺、何时再选，按本省选举办法`}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
