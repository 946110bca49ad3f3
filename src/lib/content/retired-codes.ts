/**
 * content/retired-module-codes.yaml lists the codes of removed modules. Old task links and
 * receipts may still name them, so no new module may take one (see validateContent). A missing
 * file means nothing was removed yet; a broken one fails the build naming file, item and field.
 */
import { parse } from 'yaml';
import { formatIssuePath } from './messages';
import { retiredCodesSchema } from './schemas';
import type { RetiredCode } from './validate';

export const RETIRED_CODES_FILE = 'retired-module-codes.yaml';

export function parseRetiredCodes(text: string, file: string): { retired: RetiredCode[]; errors: string[] } {
  let raw: unknown;
  try {
    raw = parse(text) ?? {};
  } catch (error) {
    return { retired: [], errors: [`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`] };
  }
  const parsed = retiredCodesSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      retired: [],
      errors: parsed.error.issues.map((issue) => `${file}: ${formatIssuePath(issue.path)}: ${issue.message}`),
    };
  }
  return { retired: parsed.data.retired.map((r) => ({ ...r, file })), errors: [] };
}
