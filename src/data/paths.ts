/**
 * The site's modules in the shape role paths and the assignment page need (see lib/learning-path and lib/task/assign.ts).
 */
import { rolePath, rolePresets, type PathModuleInput } from '../lib/learning-path/role-path';
import { AUDIENCES, type Audience } from '../lib/content/schemas';
import { loadSite } from './site';

export const ROLES = Object.keys(AUDIENCES) as Audience[];

/** One line per role for the home page's cards and the top of its path page. */
export const ROLE_INTRO: Record<Audience, string> = {
  township: '换届第一责任人：吃透目标要求、组织领导和风险防控，掌握村和社区两类选举的全部法定环节。',
  village: '把选民登记、提名、投票计票、工作移交每一步做对，守住纪律红线，带好新班子。',
  community: '按居委会组织法组织社区选举：三种选举方式、社区工作者登记、有效门槛与罢免。',
  member: '弄清“两委”的职数、任期和职责，知道选举怎样进行、纪律红线在哪里，当选后怎样履职。',
  staff: '选举日前后的具体操作：登记、提名、投票、计票和公告，每一步的法定期限和易错点。',
};

/** A role path's name, as its page and its 学习证明 print it. */
export const pathTitle = (role: Audience) => `${AUDIENCES[role]}学习路径`;

export async function pathInputs(): Promise<PathModuleInput[]> {
  const site = await loadSite();
  return site.modules.map((m) => ({
    id: m.id,
    code: m.data.code,
    title: m.data.title,
    minutes: m.data.minutes,
    passMark: m.data.passMark,
    audience: m.data.audience,
    lessons: (site.lessonsByModule.get(m.id) ?? []).map((l) => ({
      id: l.id,
      title: l.data.title,
      audience: l.data.audience,
      length: l.body?.length ?? 1,
    })),
  }));
}

export async function rolePaths() {
  const inputs = await pathInputs();
  return ROLES.map((role) => rolePath(role, inputs));
}

export async function presets() {
  return rolePresets(await pathInputs());
}
