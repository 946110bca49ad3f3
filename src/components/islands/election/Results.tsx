/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
/** The outcome(s): the verdict first, who is elected, each step with its rule, the sheet, then 另行选举. */
import { h } from 'preact';
import type { Outcome, Scenario } from '../../../lib/election/compute';
import { explain, verdictLine, type ProvinceContext } from '../../../lib/election/explain';
import { POST_LABELS, type ElectionInput, type StepStatus } from '../../../lib/election/types';
import { ReElectionPanel } from './ReElection';
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

/** "做法一：海南、河北"; a community election is named by its rules (the note under the heading). */
export function scenarioHeading(input: ElectionInput, s: Scenario, n: number): string {
  const name = `做法${'一二三四五六七八九十'[n] ?? n + 1}`;
  if (input.kind !== 'village') return name;
  return `${name}：${s.provinces.length > 0 ? s.provinces.join('、') : '所读8省中没有这种组合'}`;
}

export function Results({ input, scenarios, province, timing, place, date, reCast, reVotes, setRe, onPrint }: Props) {
  const several = scenarios.length > 1;
  const headings = scenarios.map((s, n) => (several ? scenarioHeading(input, s, n) : null));
  return (
    <div class="calc-results">
      {several && (
        <p class="notice">
          本省的选举办法没有在本站设置，而各地在下面这些地方做法不同，会得出不同结果。请按本省选举办法选用对应的一种。
        </p>
      )}
      {scenarios.map((s, n) => {
        const id = `scenario-${n + 1}`;
        const shared = s.combinations[0]!.chosen.filter((c) =>
          s.combinations.every((k) => k.chosen.some((x) => x.label === c.label)),
        );
        const note = several ? shared.map((c) => c.label).join('；') : undefined;
        const steps = explain(input, s, province);
        return (
          <section key={id} class="calc-scenario" aria-labelledby={`${id}-h`}>
            <h2 id={`${id}-h`} tabIndex={-1}>
              {headings[n] ?? '核算结果'}
            </h2>
            {note && <p class="meta">{note}</p>}
            <Summary input={input} outcome={s.outcome} />
            <h3>逐步核算</h3>
            <ol class="calc-steps">
              {steps.map((step, i) => (
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
            <ReportSheet
              id={`${id}-sheet`}
              input={input}
              outcome={s.outcome}
              steps={steps}
              place={place}
              date={date}
              variantNote={headings[n] ? `${headings[n]}${note ? `（${note}）` : ''}` : undefined}
              onPrint={onPrint}
            />
          </section>
        );
      })}
      {scenarios.some((s) => s.outcome.reElection.length > 0) && (
        <ReElectionPanel
          input={input}
          scenarios={scenarios}
          headings={headings}
          province={province}
          timing={timing}
          reCast={reCast}
          reVotes={reVotes}
          setRe={setRe}
        />
      )}
    </div>
  );
}

function Summary({ input, outcome: o }: { input: ElectionInput; outcome: Outcome }) {
  if (!o.validity.valid)
    return <p class={`calc-verdict ${o.validity.verdict === 'void' ? 'fail' : 'warn'}`}>{verdictLine(input, o)}</p>;
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
