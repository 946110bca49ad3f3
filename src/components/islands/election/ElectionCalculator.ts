/**
 * 选举结果核算: the form, the count and the report sheet. Everything stays in this browser: the
 * half-filled form is kept under its own storage key so a reload loses nothing; no request is
 * ever made with what is entered.
 *
 * h() and a class instead of JSX and hooks, and classic JSX in ./election/ (left out of the Preact
 * Babel pass in astro.config.mjs): the island then shares only `preact` with the quiz islands, so
 * adding it leaves their chunks, and the quiz page's JavaScript budget, as they were.
 */
import { Component, Fragment, h } from 'preact';
import { calculate, type Calculation } from '../../../lib/election/compute';
import { draftNotice, draftOf, openDraftStore } from '../../../lib/election/draft';
import type { ProvinceContext } from '../../../lib/election/explain';
import { emptyForm, fieldId, readForm, type FormState } from '../../../lib/election/form';
import type { ElectionInput, InputProblem } from '../../../lib/election/types';
import type { SettingsChoice } from '../../../lib/election/variants';
import { ElectionForm } from './ElectionForm';
import { Results } from './Results';

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

interface State {
  form: FormState;
  loaded: boolean;
  notice: string | null;
  computed: Computed | null;
}

export default class ElectionCalculator extends Component<Props, State> {
  state: State = { form: emptyForm(), loaded: false, notice: null, computed: null };
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

  compute = () => {
    const { form } = this.state;
    const { input, problems } = readForm(form);
    const seen = new Set(problems.map((p) => p.field));
    const calc = calculate(input, this.side().fixed);
    const all = calc.ok ? problems : [...problems, ...calc.problems.filter((p) => !seen.has(p.field))];
    this.setState({ computed: all.length > 0 ? { form, problems: all } : { form, input, calc } }, () =>
      document.getElementById(all.length > 0 ? 'calc-problems' : 'scenario-1-h')?.focus(),
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
        ? h(
            'div',
            { class: 'calc-problems notice', role: 'alert' },
            h('h2', { id: 'calc-problems', tabIndex: -1 }, `请先改正以下 ${computed.problems.length} 处，才能核算`),
            h(
              'ul',
              null,
              computed.problems.map((p, i) => h('li', { key: i }, h('a', { href: `#${fieldId(p.field)}` }, p.message))),
            ),
          )
        : null;
    const results =
      computed && 'calc' in computed && computed.calc.ok
        ? h(
            Fragment,
            null,
            stale
              ? h('p', { class: 'notice', role: 'status' }, '表格已修改，下面是修改前的结果。请再点“核算结果”。')
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
