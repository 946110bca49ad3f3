/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
/** 另行选举: one set of boxes for the second vote, its checks, and the result for each way of counting. */
import { Fragment, h } from 'preact';
import { COMMUNITY_RE_ELECTION_TIMING, RE_ELECTION_TIMING_VARIANTS } from '../../../lib/election/basis';
import type { Scenario } from '../../../lib/election/compute';
import { fieldId, parseCount } from '../../../lib/election/form';
import {
  countReElections,
  describeReResult,
  readReElection,
  reField,
  reSeats,
  reVoteKey,
  typedVote,
  vacancyRules,
} from '../../../lib/election/re-count';
import { oneThirdFloor } from '../../../lib/election/re-election';
import type { ProvinceContext } from '../../../lib/election/variant-rule';
import { POST_LABELS, type ElectionInput } from '../../../lib/election/types';
import { GroupError, NumberField, ProblemList } from './fields';

interface Props {
  input: ElectionInput;
  scenarios: Scenario[];
  /** The heading of each scenario, or null when there is only one. */
  headings: (string | null)[];
  province: ProvinceContext | null;
  timing: string | null;
  reCast: string;
  reVotes: Record<string, string>;
  setRe: (cast: string, votes: Record<string, string>) => void;
}

export function ReElectionPanel({ input, scenarios, headings, province, timing, reCast, reVotes, setRe }: Props) {
  const seats = reSeats(scenarios);
  const read = readReElection(reCast, reVotes, seats, scenarios, input.registered);
  const errors = new Map<string, string>();
  for (const p of read.problems) if (!errors.has(p.field)) errors.set(p.field, p.message);
  const cast = parseCount(reCast);
  return (
    <section class="calc-re calc-screen-only" aria-labelledby="calc-re-h">
      <h2 id="calc-re-h">另行选举</h2>
      <p>{timing ?? (input.kind === 'village' ? RE_ELECTION_TIMING_VARIANTS : COMMUNITY_RE_ELECTION_TIMING)}</p>
      <p>另行选举投票后，在这里录入结果核算（以得票多的当选，但不得少于已投选票总数的三分之一）：</p>
      <NumberField
        field="reCast"
        label="另行选举已投选票总数（含无效票）"
        value={reCast}
        errors={errors}
        onValue={(v) => setRe(v, reVotes)}
      />
      {cast !== null && cast > 0 && !errors.has('reCast') && (
        <p role="status">
          当选至少要 {oneThirdFloor(cast)} 票（{cast} 的三分之一{cast % 3 === 0 ? '，正好等于也够' : ''}）。
        </p>
      )}
      {seats.map((seat, s) => (
        <fieldset class="calc-card" id={fieldId(reField(s))} key={seat.key}>
          <legend>{seat.label}</legend>
          <GroupError field={reField(s)} errors={errors} />
          {seat.names.map((name, n) => (
            <NumberField
              key={name}
              field={reField(s, n)}
              label={`${name} 的得票`}
              value={typedVote(reVotes, seat, name)}
              errors={errors}
              onValue={(v) => setRe(reCast, { ...reVotes, [reVoteKey(seat, name)]: v })}
            />
          ))}
        </fieldset>
      ))}
      <ProblemList id="calc-re-problems" problems={read.problems} what="才能核算另行选举" />
      {read.entry && read.blanks.length > 0 && (
        <p class="notice" role="status">
          空着的得票格按 0 票计：{read.blanks.join('、')}。
        </p>
      )}
      {read.entry &&
        scenarios.map((scenario, i) =>
          scenario.outcome.reElection.length === 0 ? null : (
            <div class="calc-card" key={i}>
              {headings[i] && <h3>{headings[i]}</h3>}
              {countReElections(input, scenario, read.entry!, province).map((g, k) => (
                <Fragment key={k}>
                  {g.rule && (
                    <p>
                      <strong>{g.rule.who}：</strong>
                      <span class="meta">
                        依据（{g.rule.basis.grade}）：{g.rule.basis.cite}
                      </span>
                    </p>
                  )}
                  {g.voidReason ? (
                    <p class="calc-verdict fail">{g.voidReason}</p>
                  ) : (
                    <ul class="calc-verdict">
                      {g.results.map((r, j) => (
                        <li key={j}>
                          <strong>
                            {POST_LABELS[r.post]}
                            {r.womenOnly ? '（妇女成员）' : ''}
                          </strong>
                          （另选 {r.seats} 名）：{describeReResult(r)}
                        </li>
                      ))}
                    </ul>
                  )}
                  {g.vacant > 0 && (
                    <div>
                      <p>
                        第一次投票和另行选举共当选 {g.electedTotal} 人，仍有 {g.vacant} 个名额空缺。空缺怎么办：
                      </p>
                      <ul>
                        {vacancyRules(input.kind, scenario, province).map((v) => (
                          <li key={v.cite}>
                            {v.rule}
                            <span class="meta">（{v.cite}）</span>
                          </li>
                        ))}
                      </ul>
                    </div>
                  )}
                </Fragment>
              ))}
            </div>
          ),
        )}
    </section>
  );
}
