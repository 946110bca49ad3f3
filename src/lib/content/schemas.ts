/**
 * The one definition of what training content is. src/content.config.ts wires these schemas to
 * Astro collections; the question-bank loader and the validator use them directly, so they stay
 * free of Astro imports and can be unit-tested.
 */
import { z } from 'zod';
import { AUDIENCES, type Audience } from './audiences';
import { DEFAULT_PASS_MARK } from '../quiz/pass-mark';

export { AUDIENCES, type Audience };

const audienceIds = Object.keys(AUDIENCES) as [Audience, ...Audience[]];

export const audienceSchema = z
  .array(z.enum(audienceIds))
  .min(1)
  .default([...audienceIds])
  .describe('Roles this item is written for: township | village | community | member | staff. Defaults to all.');

/** A kebab-case id: stable forever once published, because progress and receipts refer to it. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '只能用小写字母、数字和连字符，如 vote-day-01');

/** A module's short code: what task links and receipts carry instead of its id. */
export const moduleCodeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]{1,5}$/, '模块代码应为 2 到 6 个小写字母或数字、以字母开头，如 ve')
  .describe(
    'Short code naming the module in task links and receipts, e.g. ve. Unique; once published never changed, and never given to another module, even after this one is removed (then list it in retired-module-codes.yaml).',
  );

export const moduleSchema = z.object({
  code: moduleCodeSchema,
  title: z.string().min(1).describe('Module title shown on cards, the sidebar and breadcrumbs.'),
  order: z.number().int().min(1).describe('Position among modules, 1-based; unique across the site.'),
  summary: z.string().min(1).describe('One or two sentences for the module card and the module page.'),
  audience: audienceSchema,
  objectives: z.array(z.string().min(1)).min(1).describe('Learning objectives: what a trainee can do afterwards.'),
  minutes: z.number().int().min(1).describe('Estimated reading time of the whole module, in minutes.'),
  passMark: z.number().int().min(1).max(100).default(DEFAULT_PASS_MARK).describe('Percentage needed to pass the module test.'),
  quizSize: z.number().int().min(1).default(10).describe('How many questions a module test draws from the bank.'),
});
export type ModuleData = z.infer<typeof moduleSchema>;

/** content/retired-module-codes.yaml: codes of removed modules, kept so no new module reuses them. */
export const retiredCodesSchema = z.object({
  retired: z
    .array(
      z.object({
        code: moduleCodeSchema,
        module: slug.describe('Id of the removed module that had this code.'),
      }),
    )
    .default([])
    .describe('Codes of removed modules. Append only: an old task link or receipt may still name them.'),
});

export const legalBasisSchema = z.object({
  law: z.string().min(1).describe('Full name of the law or regulation, e.g. 村民委员会组织法.'),
  articles: z.array(z.string().min(1)).min(1).describe('Current article numbers, e.g. 第十八条第二款.'),
  note: z.string().optional().describe('Optional remark, e.g. the 2018 numbering a reader may meet in older papers.'),
});
export type LegalBasis = z.infer<typeof legalBasisSchema>;

export const lessonSchema = z.object({
  module: slug.describe('Id of the module (its folder name) this lesson belongs to.'),
  order: z.number().int().min(1).describe('Position within the module, 1-based, without gaps.'),
  title: z.string().min(1).describe('Lesson title (h1 and search result title).'),
  description: z.string().min(1).describe('One sentence under the title and in search results.'),
  audience: audienceSchema,
  objectives: z.array(z.string().min(1)).default([]).describe('What the reader should be able to do after this lesson.'),
  legalBasis: z.array(legalBasisSchema).default([]).describe('Laws and articles this lesson rests on.'),
});
export type LessonData = z.infer<typeof lessonSchema>;

export const checklistSchema = z.object({
  title: z.string().min(1).describe('Checklist title, e.g. 选举日检查清单.'),
  description: z.string().min(1).describe('When and by whom the checklist is used.'),
});

export const pageSchema = z.object({
  title: z.string().min(1).describe('Page title.'),
  description: z.string().min(1).describe('One sentence for the page head and search.'),
});

export const glossaryEntrySchema = z.object({
  id: slug.describe('Anchor of the entry on the glossary page; <Term id="…"> links here.'),
  term: z.string().min(1).describe('The term as readers meet it, e.g. 一肩挑.'),
  definition: z.string().min(1).describe('A plain-language definition.'),
  basis: z.string().optional().describe('Law and article, where the term is defined by law.'),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** The question types, as questions.yaml names them. */
export const QUESTION_TYPES = ['single', 'multiple', 'judge', 'order'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** What a question asks: easy = recall a rule; medium = apply it to a case; hard = tell two similar rules apart. */
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/**
 * A question as written in questions.yaml. Answers are 1-based option numbers, as a person
 * counts them; the loader keeps them that way and the quiz code converts once.
 */
export const questionSchema = z.object({
  id: slug.describe('Stable id, unique across the site. Never renumber: retire instead.'),
  type: z.enum(QUESTION_TYPES).describe('single | multiple | judge (true/false) | order.'),
  stem: z.string().min(1).describe('The question text.'),
  options: z
    .array(z.string().min(1))
    .default([])
    .describe('Choices (single, multiple) or the steps to put in order (order); none for judge.'),
  answer: z
    .union([z.number().int(), z.boolean(), z.array(z.number().int())])
    .describe('single: option number; multiple: list of option numbers; judge: true/false; order: option numbers in the right sequence.'),
  explanation: z.string().min(1).describe('解析: why the answer is right, teaching the rule.'),
  source: z
    .string()
    .regex(/^[a-z0-9-]+\/[a-z0-9-]+#\S+$/, '应写成 模块/课程#标题锚点，如 village-election/voting#选举有效')
    .describe('Where the lesson teaches this: module/lesson#heading-anchor.'),
  basis: z.string().optional().describe('Law and article the answer rests on, when it rests on law.'),
  audience: audienceSchema,
  difficulty: z
    .enum(DIFFICULTIES)
    .default('medium')
    .describe('What the question asks: easy = recall a rule; medium = apply it to a case; hard = tell two similar rules apart.'),
  retired: z.boolean().default(false).describe('Retired questions stay for old progress but are never drawn.'),
  lint: z
    .string()
    .trim()
    .min(1, '写明这道题为什么必须这样写，如：法条原文就是“任何组织或者个人”')
    .optional()
    .describe(
      'Why this item breaks a bank rule on purpose, in a short Chinese sentence (e.g. 法条原文就是“任何组织或者个人”). Exempts it from the absolute-word check only; the build reports a note with nothing to excuse.',
    ),
});
export type QuestionInput = z.input<typeof questionSchema>;
export type Question = z.infer<typeof questionSchema> & {
  /** Module id, from the bank's folder. */
  module: string;
};

export const questionBankSchema = z.object({
  questions: z.array(z.unknown()).min(1).describe('The questions of one module.'),
});
