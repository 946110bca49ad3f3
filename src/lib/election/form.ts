/**
 * The calculator's form as typed: every number kept as the text the worker entered, so a
 * half-filled form survives a reload exactly. `readForm` turns it into ElectionInput; a blank or
 * malformed number becomes a named problem there, never a silent zero — except a candidate's
 * vote for a post, where blank means "no votes for this post".
 */
import { isPost } from './check-input';
import { POSTS, POST_LABELS, type ElectionInput, type ElectionKind, type InputProblem, type Post } from './types';

export interface BoxRow {
  id: string;
  name: string;
  issued: string;
  returned: string;
}
export interface CandidateRow {
  id: string;
  name: string;
  sex: '' | 'female' | 'male';
  /** A post, "write-in" for 另选他人, or "" not chosen yet. */
  nominatedFor: '' | 'write-in' | Post;
  votes: Partial<Record<Post, string>>;
}
export interface RelativeRow {
  id: string;
  a: string;
  b: string;
}

export interface FormState {
  /** Shown on the report sheet only. */
  place: string;
  date: string;
  kind: ElectionKind;
  registered: string;
  voters: string;
  invalid: string;
  boxes: BoxRow[];
  seats: Record<Post, string>;
  candidates: CandidateRow[];
  relatives: RelativeRow[];
  /** 另行选举: ballots cast and votes per candidate name, filled in after the second vote. */
  reCast: string;
  reVotes: Record<string, string>;
}

let counter = 0;
/** Row ids only need to be unique within one form; they key list items and label inputs. */
export const rowId = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;

export const emptyCandidate = (): CandidateRow => ({ id: rowId('c'), name: '', sex: '', nominatedFor: '', votes: {} });
export const emptyBox = (name: string): BoxRow => ({ id: rowId('b'), name, issued: '', returned: '' });

export function emptyForm(): FormState {
  return {
    place: '',
    date: '',
    kind: 'village',
    registered: '',
    voters: '',
    invalid: '0',
    boxes: [emptyBox('中心会场')],
    seats: { director: '1', deputy: '1', member: '3', woman: '0' },
    candidates: [emptyCandidate(), emptyCandidate()],
    relatives: [],
    reCast: '',
    reVotes: {},
  };
}

/** The largest count the form takes: seven digits, more than any village or community has. */
export const MAX_COUNT = 9_999_999;

/** Full-width digits (from Chinese keyboards) read as ASCII; spaces ignored. */
export function parseCount(text: string): number | null {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
  return /^\d{1,7}$/.test(ascii) ? Number(ascii) : null;
}

/** A count as typed, or the Chinese problem with it: blank, not a whole number, over seven digits. */
export function countProblem(text: string, label: string): string | null {
  if (parseCount(text) !== null) return null;
  return text.trim() === ''
    ? `请填写${label}`
    : `${label}应填写 0 到 ${MAX_COUNT} 之间的整数（最多 7 位数，现为“${text.trim()}”）`;
}

/** One candidate's blank vote cells, counted as 0: the first cell, and "王建国：副主任、委员". */
export interface BlankVotes {
  field: string;
  text: string;
}

export function readForm(form: FormState): { input: ElectionInput; problems: InputProblem[]; blanks: BlankVotes[] } {
  const problems: InputProblem[] = [];
  const blanks: BlankVotes[] = [];
  const number = (field: string, text: string, label: string): number => {
    const problem = countProblem(text, label);
    if (problem) problems.push({ field, message: problem });
    return parseCount(text) ?? Number.NaN;
  };
  const hasSeats = (post: Post) => (parseCount(form.seats[post]) ?? 0) > 0;
  const input: ElectionInput = {
    kind: form.kind,
    registered: number('registered', form.registered, '登记人数'),
    voters: form.voters.trim() === '' ? undefined : number('voters', form.voters, '投票人数'),
    invalid: number('invalid', form.invalid, '无效选票数'),
    boxes: form.boxes.map((b, i) => ({
      name: b.name,
      issued: number(`boxes[${i}].issued`, b.issued, `${b.name || `第 ${i + 1} 个票箱`}的发出选票数`),
      returned: number(`boxes[${i}].returned`, b.returned, `${b.name || `第 ${i + 1} 个票箱`}的收回选票数`),
    })),
    seats: Object.fromEntries(
      POSTS.map((p) => [p, number(`seats.${p}`, form.seats[p], `${POST_LABELS[p]}应选人数`)]),
    ) as Record<Post, number>,
    candidates: form.candidates.map((c, i) => {
      const label = c.name.trim() || `第 ${i + 1} 行`;
      if (c.sex === '') problems.push({ field: `candidates[${i}].sex`, message: `${label}请选择性别` });
      if (c.nominatedFor === '')
        problems.push({ field: `candidates[${i}].nominatedFor`, message: `${label}请选择提名职位或“另选他人”` });
      const votes: Partial<Record<Post, number>> = {};
      const blank: Post[] = [];
      for (const post of POSTS) {
        const text = c.votes[post] ?? '';
        if (text.trim() !== '')
          votes[post] = number(`candidates[${i}].votes.${post}`, text, `${label}的${POST_LABELS[post]}得票`);
        else if (hasSeats(post)) blank.push(post);
      }
      if (blank.length > 0)
        blanks.push({
          field: `candidates[${i}].votes.${blank[0]}`,
          text: `${label}：${blank.map((p) => POST_LABELS[p]).join('、')}`,
        });
      return {
        name: c.name.trim(),
        sex: c.sex === 'female' ? 'female' : 'male',
        nominatedFor: isPost(c.nominatedFor) ? c.nominatedFor : null,
        votes,
      };
    }),
    relatives: form.relatives.map((r) => [r.a, r.b] as [string, string]),
  };
  return { input, problems, blanks };
}

/** The DOM id of the input a problem's field names, so the error summary can link to it. */
export const fieldId = (field: string) => `f-${field.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
