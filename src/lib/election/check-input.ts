/**
 * Checks what the worker entered before anything is counted. Promise: every problem names the
 * field it is in (a path the form can point at) and says in Chinese what is wrong; the calculator
 * computes nothing while one remains.
 */
import { POST_LABELS, POSTS, type ElectionInput, type InputProblem, type Post } from './types';

export const COMMITTEE_SIZE = { village: { min: 3, max: 7 }, community: { min: 5, max: 9 } } as const;

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

export const totalIssued = (input: ElectionInput) => input.boxes.reduce((sum, b) => sum + b.issued, 0);
export const totalReturned = (input: ElectionInput) => input.boxes.reduce((sum, b) => sum + b.returned, 0);

export function checkInput(input: ElectionInput): InputProblem[] {
  const problems: InputProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const count = (field: string, value: unknown, label: string) => {
    if (!isCount(value)) add(field, `${label}应填写 0 或正整数`);
    return isCount(value);
  };
  const community = input.kind !== 'village';
  const registeredLabel = registeredName(input.kind);

  if (count('registered', input.registered, registeredLabel) && input.registered === 0)
    add('registered', `${registeredLabel}不能为 0`);
  if (
    input.voters !== undefined &&
    count('voters', input.voters, '投票人数') &&
    isCount(input.registered) &&
    input.voters > input.registered
  )
    add('voters', `投票人数（${input.voters}）多于${registeredLabel}（${input.registered}），请核对`);

  if (input.boxes.length === 0) add('boxes', '至少要有一个票箱（会场或投票站）');
  input.boxes.forEach((box, i) => {
    const label = box.name.trim() || `第 ${i + 1} 个票箱`;
    if (box.name.trim() === '') add(`boxes[${i}].name`, `第 ${i + 1} 个票箱请填写名称`);
    count(`boxes[${i}].issued`, box.issued, `${label}的发出选票数`);
    count(`boxes[${i}].returned`, box.returned, `${label}的收回选票数`);
  });
  const boxesOk = input.boxes.every((b) => isCount(b.issued) && isCount(b.returned));
  const issued = boxesOk ? totalIssued(input) : NaN;
  const returned = boxesOk ? totalReturned(input) : NaN;
  if (boxesOk && isCount(input.registered) && issued > input.registered)
    add('boxes', `发出选票合计（${issued}）多于${registeredLabel}（${input.registered}），请核对`);
  if (count('invalid', input.invalid, '无效选票数') && boxesOk && input.invalid > returned)
    add('invalid', `无效选票（${input.invalid}）多于收回选票合计（${returned}）`);

  const size = community ? COMMITTEE_SIZE.community : COMMITTEE_SIZE.village;
  let seatTotal = 0;
  for (const post of POSTS) {
    if (count(`seats.${post}`, input.seats[post], `${POST_LABELS[post]}应选人数`)) seatTotal += input.seats[post];
  }
  if (isCount(input.seats.director) && input.seats.director > 1) add('seats.director', '主任只设一名');
  if (seatTotal === 0) add('seats', '至少有一个职位要选');
  if (seatTotal > size.max)
    add('seats', `应选人数合计 ${seatTotal} 人，超过${community ? '居' : '村'}委会成员上限 ${size.max} 人`);

  const valid = boxesOk && isCount(input.invalid) ? returned - input.invalid : NaN;
  if (input.candidates.length === 0) add('candidates', '请至少录入一名候选人或被选人');
  const seen = new Map<string, number>();
  input.candidates.forEach((c, i) => {
    const name = c.name.trim();
    const label = name || `第 ${i + 1} 行`;
    if (name === '') add(`candidates[${i}].name`, `第 ${i + 1} 行请填写姓名`);
    else if (seen.has(name))
      add(
        `candidates[${i}].name`,
        `“${name}”录入了两次（第 ${seen.get(name)! + 1} 行和第 ${i + 1} 行）；同名的请加以区别，如“张伟（东组）”`,
      );
    else seen.set(name, i);
    if (c.sex !== 'female' && c.sex !== 'male') add(`candidates[${i}].sex`, `${label}请选择性别`);
    if (c.nominatedFor !== null && (!POSTS.includes(c.nominatedFor) || !(input.seats[c.nominatedFor] > 0)))
      add(`candidates[${i}].nominatedFor`, `${label}提名的职位本次不选`);
    for (const post of POSTS) {
      const votes = c.votes[post];
      if (votes === undefined) continue;
      const field = `candidates[${i}].votes.${post}`;
      if (!count(field, votes, `${label}的${POST_LABELS[post]}得票`)) continue;
      if (votes > 0 && !(input.seats[post] > 0))
        add(field, `${label}有${POST_LABELS[post]}得票，但本次不选${POST_LABELS[post]}`);
      else if (votes > 0 && post === 'woman' && c.sex !== 'female') add(field, `${label}不是女性，不能得妇女委员票`);
      else if (votes > valid) add(field, `${label}的${POST_LABELS[post]}得票（${votes}）多于有效选票（${valid}）`);
    }
  });
  for (const post of POSTS) {
    const seats = input.seats[post];
    if (!(seats > 0) || Number.isNaN(valid)) continue;
    const sum = input.candidates.reduce((s, c) => s + (isCount(c.votes[post]) ? c.votes[post]! : 0), 0);
    if (sum > valid * seats)
      add(
        `seats.${post}`,
        `${POST_LABELS[post]}得票合计 ${sum} 张，超过有效选票 ${valid} × 应选 ${seats} 人 = ${valid * seats}：一张票选的人不能多于应选人数，请核对`,
      );
  }

  input.relatives.forEach(([a, b], i) => {
    const field = `relatives[${i}]`;
    if (!seen.has(a.trim()) || !seen.has(b.trim())) add(field, `近亲属第 ${i + 1} 组：请从候选人名单中选择两个人`);
    else if (a.trim() === b.trim()) add(field, `近亲属第 ${i + 1} 组：两个人不能是同一人`);
  });
  return problems;
}

export function registeredName(kind: ElectionInput['kind']): string {
  switch (kind) {
    case 'village':
      return '登记参加选举的村民人数';
    case 'community-all':
      return '登记的选民人数';
    case 'community-household':
      return '户的代表人数';
    case 'community-representatives':
      return '居民代表人数';
  }
}

export const isPost = (value: unknown): value is Post => (POSTS as readonly unknown[]).includes(value);
