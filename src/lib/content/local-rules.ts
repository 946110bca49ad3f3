/**
 * The province's own rules (本省规定): one optional file, content/local.yaml, where the county
 * hosting the site names its province and 选举办法 and sets the points that national law leaves to
 * the province. Parsing never half-succeeds: a file either yields every point it sets, checked,
 * or a list of problems each naming the field, so a typo fails the build instead of teaching a
 * wrong rule. No Astro imports, so it is unit-tested directly.
 */
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { formatIssuePath } from './messages';

/** The points that vary by province, in the order lessons meet them (election-day-practice.md #). */
export const LOCAL_RULE_POINTS = [
  'returned-ballots',
  'illegible-ballots',
  'votes-added-down',
  'woman-member',
  're-election-timing',
  'mobile-box-staff',
  'certificate-issuer',
  'ballot-archive',
  'proxy-limit',
] as const;
export type LocalRulePoint = (typeof LOCAL_RULE_POINTS)[number];

export const isLocalRulePoint = (id: string): id is LocalRulePoint =>
  (LOCAL_RULE_POINTS as readonly string[]).includes(id);

/** Short Chinese names of the points, for headings and messages. */
export const POINT_LABELS: Record<LocalRulePoint, string> = {
  'returned-ballots': '收回选票与什么比对',
  'illegible-ballots': '无法辨认的选票',
  'votes-added-down': '高职位票能否加到低职位',
  'woman-member': '妇女成员无人当选时',
  're-election-timing': '另行选举的时间',
  'mobile-box-staff': '流动票箱和投票站的人员',
  'certificate-issuer': '当选证书由谁颁发',
  'ballot-archive': '选票和选举档案的保管',
  'proxy-limit': '每人受托人数上限',
};

const article = z
  .string()
  .regex(/^第[一二三四五六七八九十百零]+条/, '应写本省选举办法的条号，如 第三十二条第二款')
  .describe('Article of the provincial regulation that sets this point, e.g. 第三十二条第二款.');
const note = z.string().min(1).optional().describe('Optional remark shown under the value.');
const text = (what: string) => z.string().min(2, `请写明${what}`);
const count = z.number().int('应为整数').min(1, '至少为 1').max(20, '不超过 20');

const returnedBallots = z
  .object({
    compareWith: z
      .enum(['issued', 'voters'], { message: '只能是 issued（发出的选票数）或 voters（投票人数）' })
      .describe('issued: returned ballots are compared with ballots issued; voters: with voters who voted.'),
    article,
    note,
  })
  .strict();

const illegibleBallots = z
  .object({
    void: z
      .enum(['part', 'whole'], { message: '只能是 part（只作废无法辨认的部分）或 whole（整张作废）' })
      .describe('part: only the illegible part is void; whole: the whole ballot is void.'),
    article,
    note,
  })
  .strict();

const votesAddedDown = z
  .object({
    allowed: z.boolean({ message: '应为 true 或 false' }).describe('Whether votes for a higher post may be added to a lower post.'),
    article: article
      .optional()
      .describe('Article that allows it; may be left out when the regulation is silent and allowed is false.'),
    note,
  })
  .strict();

const womanMember = z
  .object({
    rule: z
      .enum(['top-woman-or-reserved-seat', 'separate-post'], {
        message: '只能是 top-woman-or-reserved-seat（先定得票最多的妇女，否则留一名额另选）或 separate-post（选票单列妇女委员）',
      })
      .describe(
        'top-woman-or-reserved-seat: the woman with most votes above half is elected first, else one member seat is kept for a re-election of a woman (海南, 四川); separate-post: the ballot lists a 妇女委员 post (浙江).',
      ),
    article,
    note,
  })
  .strict();

const reElectionTiming = z
  .object({
    sameDay: z.boolean({ message: '应为 true 或 false' }).describe('Whether the re-election may be held on the same day.'),
    withinDays: z.number().int('应为整数').min(1, '至少 1 日').max(90, '不超过 90 日').describe('Latest day after the first vote.'),
    article,
    note,
  })
  .strict();

const staffing = z
  .object({
    minStaff: count.describe('Minimum number of election workers, scrutineers included.'),
    minScrutineers: z.number().int('应为整数').min(0).max(20).describe('How many of them at least are 监票人.'),
  })
  .strict();
const mobileBoxStaff = z
  .object({
    mobileBox: staffing.describe('Staffing of each 流动票箱.'),
    pollingStation: staffing.optional().describe('Staffing of each 投票站, where the regulation says.'),
    article,
    note,
  })
  .strict();

const certificateIssuer = z
  .object({ issuer: text('颁发当选证书的机关').describe('Who issues the 当选证书, in the regulation\'s words.'), article, note })
  .strict();

const ballotArchive = z
  .object({
    keeper: text('保管选票和档案的单位').describe('Who keeps the ballots and the election archive.'),
    period: z.string().min(2).optional().describe('How long, or until when, where the regulation says.'),
    article,
    note,
  })
  .strict();

const proxyLimit = z
  .object({
    max: z
      .number()
      .int('应为整数')
      .min(1, '至少为 1')
      .max(3, '国家法规定每人受托不超过三人（村法第十八条第四款），本省上限不能更高')
      .describe('How many voters one proxy may represent; national law caps it at 3.'),
    article,
    note,
  })
  .strict();

export const localPointSchemas = {
  'returned-ballots': returnedBallots,
  'illegible-ballots': illegibleBallots,
  'votes-added-down': votesAddedDown,
  'woman-member': womanMember,
  're-election-timing': reElectionTiming,
  'mobile-box-staff': mobileBoxStaff,
  'certificate-issuer': certificateIssuer,
  'ballot-archive': ballotArchive,
  'proxy-limit': proxyLimit,
} satisfies Record<LocalRulePoint, z.ZodType>;

export type LocalPointValue<P extends LocalRulePoint> = z.infer<(typeof localPointSchemas)[P]>;

export const localRulesSchema = z
  .object({
    version: z.literal(1, { message: '文件格式版本应为 1' }).describe('Format version of this file; only 1 exists.'),
    province: z
      .string()
      .regex(/^\S{2,8}(省|市|自治区)$/, '应写省级行政区全称，如 四川省')
      .describe('Province (or municipality / autonomous region) whose rules these are, e.g. 四川省.'),
    appliesTo: z
      .enum(['village', 'community', 'both'], { message: '只能是 village（村委会）、community（居委会）或 both' })
      .default('village')
      .describe('Which elections the regulation governs: village (村委会, default), community (居委会) or both.'),
    regulation: z
      .object({
        title: z.string().min(4, '请写选举办法的全称').describe('Full title, e.g. 四川省村民委员会选举条例.'),
        date: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, '日期写成 YYYY-MM-DD，如 2025-11-26')
          .describe('Date of the version applied (last amended or revised).'),
        effective: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, '日期写成 YYYY-MM-DD，如 2026-01-01')
          .optional()
          .describe('Date that version took effect, if different.'),
      })
      .strict()
      .describe('The provincial 选举办法 the points come from.'),
    points: z
      .object(localPointSchemas)
      .partial()
      .strict()
      .default({})
      .describe('The points this province sets; a point left out shows every province\'s variant.'),
  })
  .strict();

export type LocalRules = z.infer<typeof localRulesSchema>;

export type LocalRulesResult = { ok: true; rules: LocalRules } | { ok: false; errors: string[] };

/** Parses the text of local.yaml; every problem names the file and the field. */
export function parseLocalRules(text: string, file: string): LocalRulesResult {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const line = first.linePos?.[0]?.line;
    return { ok: false, errors: [`${file}: YAML 语法错误${line ? `（第 ${line} 行）` : ''}: ${first.message.split('\n')[0]}`] };
  }
  const parsed = localRulesSchema.safeParse(doc.toJS());
  if (parsed.success) return { ok: true, rules: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => `${file}: ${formatIssuePath(issue.path)}: ${unknownKeyHint(issue) ?? issue.message}`),
  };
}

function unknownKeyHint(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code !== 'unrecognized_keys') return undefined;
  const atPoints = issue.path.length === 1 && issue.path[0] === 'points';
  const known = atPoints ? `；可用的要点：${LOCAL_RULE_POINTS.join('、')}` : '';
  return `未知字段 ${issue.keys.join('、')}${known}`;
}
