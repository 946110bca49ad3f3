/**
 * 选举结果核算: the form, the count and the report sheet. Everything stays in this browser: the
 * half-filled form is kept under its own storage key so a reload loses nothing; no request is
 * ever made with what is entered.
 *
 * h() and a class instead of JSX and hooks, and classic JSX in ./election/ (left out of the Preact
 * Babel pass in astro.config.mjs): the island then shares only `preact` with the quiz islands, so
 * adding it leaves their chunks, and the quiz page's JavaScript budget, as they were. The count
 * and everything that shows it (./results-engine) load on the first edit: a worker types for
 * minutes before asking for a result, and the first load stays the form alone.
 */
import { Component, Fragment, h } from 'preact';
import type { Calculation } from '../../../lib/election/compute';
import { draftNotice, draftOf, openDraftStore } from '../../../lib/election/draft';
import type { ProvinceContext } from '../../../lib/election/explain';
import { emptyForm, fieldId, readForm, type BlankVotes, type FormState } from '../../../lib/election/form';
import type { ElectionInput, InputProblem } from '../../../lib/election/types';
import type { SettingsChoice } from '../../../lib/election/variants';
import { ElectionForm } from './ElectionForm';
import { ProblemList } from './fields';

type Engine = typeof import('./results-engine');
let engine: Promise<Engine> | null = null;
/** Starts loading the count once; a failed load (offline before it was cached) is retried next time. */
const loadEngine = () =>
  (engine ??= import('./results-engine').catch((error: unknown) => {
    engine = null;
    throw error;
  }));

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
  | { form: FormState; input: ElectionInput; calc: Calculation; blanks: BlankVotes[] }
  | { form: FormState; problems: InputProblem[] };

interface State {
  form: FormState;
  loaded: boolean;
  notice: string | null;
  computed: Computed | null;
  engine: Engine | null;
}

export default class ElectionCalculator extends Component<Props, State> {
  state: State = { form: emptyForm(), loaded: false, notice: null, computed: null, engine: null };
  /** Opened after hydration, so the server render and the first browser render agree. */
  draft: ReturnType<typeof openDraftStore> | null = null;

  componentDidMount() {
    const draft = (this.draft = openDraftStore(() => localStorage));
    const status = draft.status();
    this.setState({
      form: status === 'ok' ? draft.read().form : this.state.form,
      notice: draftNotice(status),
      loaded: true,
    });
  }

  /** Every change is saved at once, so a reload (or a dropped WeChat tab) loses nothing. */
  setForm = (change: (f: FormState) => FormState) => {
    loadEngine().catch(() => {});
    this.setState(
      (s) => ({ form: change(s.form) }),
      () => {
        const { form, loaded, notice } = this.state;
        if (!loaded || !this.draft) return;
        const now = draftNotice(this.draft.update(() => draftOf(form)));
        if (now !== notice) this.setState({ notice: now });
      },
    );
  };

  side(): ProvinceSide {
    return this.state.form.kind === 'village' ? this.props.village : this.props.community;
  }

  compute = async () => {
    let loaded: Engine;
    try {
      loaded = this.state.engine ?? (await loadEngine());
    } catch {
      this.setState({ notice: '核算程序没能载入（网络不通？）。请联网后再点“核算结果”；录入的内容已保存在本机。' });
      return;
    }
    const { calculate } = loaded;
    const { form } = this.state;
    const { input, problems, blanks } = readForm(form);
    const seen = new Set(problems.map((p) => p.field));
    const calc = calculate(input, this.side().fixed);
    const all = calc.ok ? problems : [...problems, ...calc.problems.filter((p) => !seen.has(p.field))];
    this.setState(
      { engine: loaded, computed: all.length > 0 ? { form, problems: all } : { form, input, calc, blanks } },
      () => document.getElementById(all.length > 0 ? 'calc-problems' : 'scenario-1-h')?.focus(),
    );
  };

  print = (id: string) => {
    // Only the chosen sheet prints; printing from the browser menu instead prints every sheet.
    document.querySelectorAll('.report-sheet').forEach((el) => el.classList.toggle('print-target', el.id === id));
    document.querySelector('.calc')?.classList.add('has-print-target');
    window.print();
  };

  reset = () => {
    if (!window.confirm('清空本页录入的全部数字和姓名？')) return;
    // The user's explicit fresh start: it may replace a stored form this page could not read.
    const status = this.draft?.overwrite(draftOf(emptyForm()));
    this.setState({ form: emptyForm(), computed: null, notice: status ? draftNotice(status) : null });
  };

  render() {
    const { form, notice, computed } = this.state;
    const side = this.side();
    const errors = new Map<string, string>();
    if (computed && 'problems' in computed)
      for (const p of computed.problems) if (!errors.has(p.field)) errors.set(p.field, p.message);
    // The 另行选举 votes are entered under the result, so typing them does not make it stale.
    const firstRound = (f: FormState) => JSON.stringify({ ...f, reCast: '', reVotes: {} });
    const stale = computed !== null && computed.form !== form && firstRound(computed.form) !== firstRound(form);
    // h() rather than JSX: see the header comment.
    const problems =
      computed && 'problems' in computed
        ? h(ProblemList, { id: 'calc-problems', problems: computed.problems, what: '才能核算', level: 2 })
        : null;
    const Results = this.state.engine?.Results;
    const results =
      Results && computed && 'calc' in computed && computed.calc.ok
        ? h(
            Fragment,
            null,
            stale
              ? h('p', { class: 'notice', role: 'status' }, '表格已修改，下面是修改前的结果。请再点“核算结果”。')
              : null,
            computed.blanks.length > 0
              ? h(
                  'p',
                  { class: 'notice calc-screen-only', role: 'status' },
                  '空着的得票格按 0 票计，请确认：',
                  computed.blanks.map((b, i) =>
                    h(Fragment, { key: i }, i > 0 ? '；' : '', h('a', { href: `#${fieldId(b.field)}` }, b.text)),
                  ),
                  '。',
                )
              : null,
            h(Results, {
              input: computed.input,
              scenarios: computed.calc.scenarios,
              province: side.context,
              timing: side.timing,
              place: computed.form.place,
              date: computed.form.date,
              reCast: form.reCast,
              reVotes: form.reVotes,
              setRe: (reCast: string, reVotes: Record<string, string>) =>
                this.setForm((f) => ({ ...f, reCast, reVotes })),
              onPrint: this.print,
            }),
          )
        : null;
    return h(
      'div',
      { class: 'calc' },
      notice ? h('p', { class: 'notice', role: 'status' }, notice) : null,
      h(ElectionForm, { form, set: this.setForm, errors, votersNeeded: side.fixed.returnedBallots !== 'issued' }),
      h(
        'p',
        { class: 'calc-actions' },
        h('button', { type: 'button', class: 'primary', onClick: this.compute }, '核算结果'),
        h('button', { type: 'button', onClick: this.reset }, '清空表格'),
      ),
      problems,
      results,
    );
  }
}
