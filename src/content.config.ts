import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { z } from 'zod';
import { contentDir } from './lib/content/content-dir';
import {
  checklistSchema,
  glossaryEntrySchema,
  lessonSchema,
  moduleSchema,
  pageSchema,
  questionSchema,
} from './lib/content/schemas';
import { glossaryLoader, questionBankLoader } from './loaders/yaml-loaders';

const base = contentDir();
const folderOf = (entry: string) => entry.split('/')[0]!;

/** content/<module>/module.yaml — the module id is its folder name. */
const modules = defineCollection({
  loader: glob({ pattern: '*/module.yaml', base, generateId: ({ entry }) => folderOf(entry) }),
  schema: moduleSchema,
});

/** content/<module>/NN-<lesson>.mdx — id "<module>/<lesson>", the NN- prefix only sorts files. */
const lessons = defineCollection({
  loader: glob({
    pattern: '*/[0-9][0-9]-*.mdx',
    base,
    generateId: ({ entry }) => entry.replace(/\/\d\d-/, '/').replace(/\.mdx$/, ''),
  }),
  schema: lessonSchema,
});

/** content/<module>/checklist.mdx — a printable one-page checklist per module. */
const checklists = defineCollection({
  loader: glob({ pattern: '*/checklist.mdx', base, generateId: ({ entry }) => folderOf(entry) }),
  schema: checklistSchema,
});

/** content/pages/<page>.mdx — stand-alone pages such as 常见问题. */
const pages = defineCollection({
  loader: glob({
    pattern: 'pages/*.mdx',
    base,
    generateId: ({ entry }) => entry.replace(/^pages\//, '').replace(/\.mdx$/, ''),
  }),
  schema: pageSchema,
});

const questions = defineCollection({
  loader: questionBankLoader(base),
  schema: questionSchema.extend({ module: z.string().describe('Module id: the folder the bank sits in.') }),
});

const glossary = defineCollection({
  loader: glossaryLoader(join(base, 'glossary.yaml')),
  schema: glossaryEntrySchema,
});

export const collections = { modules, lessons, checklists, pages, questions, glossary };
