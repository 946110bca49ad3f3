/**
 * Content-layer loaders for the YAML files whose errors must name the item, not just the file:
 * every question becomes its own entry (id = question id), and glossary entries likewise.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { displayPath } from '../lib/content/content-dir';
import { claimIds, parseQuestionBank } from '../lib/content/question-bank';
import { ContentError, formatIssuePath } from '../lib/content/messages';
import { glossaryEntrySchema } from '../lib/content/schemas';

export function questionBankLoader(base: string): Loader {
  return {
    name: 'question-bank-loader',
    load: async ({ store, parseData, watcher, config }) => {
      const root = fileURLToPath(config.root);
      const files = readdirSync(base, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(base, d.name, 'questions.yaml')))
        .map((d) => ({ module: d.name, path: join(base, d.name, 'questions.yaml') }));
      const problems: string[] = [];
      const firstFile = new Map<string, string>();
      store.clear();
      for (const { module, path } of files) {
        const file = displayPath(path);
        const { questions, errors } = parseQuestionBank(readFileSync(path, 'utf8'), file, module);
        const claimed = claimIds(questions, file, firstFile);
        problems.push(...errors, ...claimed.errors);
        for (const question of claimed.questions) {
          const data = await parseData({ id: question.id, data: question, filePath: path });
          store.set({ id: question.id, data, filePath: relative(root, path) });
        }
        watcher?.add(path);
      }
      if (problems.length > 0) throw new ContentError(problems);
    },
  };
}

export function glossaryLoader(path: string): Loader {
  return {
    name: 'glossary-loader',
    load: async ({ store, parseData, watcher }) => {
      store.clear();
      if (!existsSync(path)) return;
      const file = displayPath(path);
      const raw: unknown = parse(readFileSync(path, 'utf8'));
      const list = (raw as { terms?: unknown } | null)?.terms;
      if (!Array.isArray(list)) throw new ContentError([`${file}: expected a top-level "terms:" list`]);
      const problems: string[] = [];
      for (const [index, item] of list.entries()) {
        const parsed = glossaryEntrySchema.safeParse(item);
        if (!parsed.success) {
          const label = (item as { id?: unknown })?.id ?? `#${index + 1}`;
          for (const issue of parsed.error.issues)
            problems.push(`${file}: term ${String(label)}: ${formatIssuePath(issue.path)}: ${issue.message}`);
          continue;
        }
        if (store.has(parsed.data.id)) {
          problems.push(`${file}: term ${parsed.data.id}: id is used twice`);
          continue;
        }
        store.set({
          id: parsed.data.id,
          data: await parseData({ id: parsed.data.id, data: parsed.data, filePath: path }),
        });
      }
      watcher?.add(path);
      if (problems.length > 0) throw new ContentError(problems);
    },
  };
}
