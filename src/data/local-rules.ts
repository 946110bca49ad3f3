/**
 * Reads content/local.yaml once per build. No file means no province is set (lessons and the
 * calculator show every variant); a broken file throws a ContentError naming each field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDir } from '../lib/content/content-dir';
import { ContentError } from '../lib/content/messages';
import { parseLocalRules, type LocalRules } from '../lib/content/local-rules';

export const localRulesPath = () => join(contentDir(), 'local.yaml');

let cached: LocalRules | null | undefined;

export function loadLocalRules(): LocalRules | null {
  if (cached !== undefined) return cached;
  const path = localRulesPath();
  if (!existsSync(path)) return (cached = null);
  const result = parseLocalRules(readFileSync(path, 'utf8'), relative(process.cwd(), path) || path);
  if (!result.ok) throw new ContentError(result.errors);
  return (cached = result.rules);
}
