/**
 * Whether a profile can go into a receipt, field by field for the profile form. Apart from
 * profile.ts so the pages that save a profile but never check one do not load these messages.
 * (Imports with `.ts`: the bench runs the receipt codec with Node's type stripping.)
 */
import { PROFILE_LIMITS } from './profile.ts';

export type ProfileField = keyof typeof PROFILE_LIMITS;
const LABELS: Record<ProfileField, string> = { name: '姓名', unit: '单位' };

/** What is wrong with each field, in Chinese for the trainee; fields that are fine are absent. */
export function profileFieldProblems(
  profile: { name: string; unit: string } | null,
): Partial<Record<ProfileField, string>> {
  const problems: Partial<Record<ProfileField, string>> = {};
  for (const field of ['name', 'unit'] as const) {
    const text = profile?.[field] ?? '';
    if (!text.trim()) problems[field] = `请填写${LABELS[field]}。`;
    else if (text.length > PROFILE_LIMITS[field])
      problems[field] = `${LABELS[field]}最多 ${PROFILE_LIMITS[field]} 个字。`;
  }
  return problems;
}

/** What stops a profile from going into a receipt, name first; empty if fine. */
export const profileProblems = (profile: { name: string; unit: string } | null): string[] =>
  Object.values(profileFieldProblems(profile));
