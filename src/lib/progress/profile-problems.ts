/**
 * Whether a profile can go into a receipt. Apart from profile.ts so the quiz pages, which save a
 * profile but never check one, do not load these messages. (Imports with `.ts`: the bench runs
 * the receipt codec with Node's type stripping.)
 */
import { PROFILE_LIMITS } from './profile.ts';

/** What stops a profile from going into a receipt, in Chinese for the trainee; empty if fine. */
export function profileProblems(profile: { name: string; unit: string } | null): string[] {
  const problems: string[] = [];
  if (!profile?.name.trim()) problems.push('请填写姓名。');
  if (!profile?.unit.trim()) problems.push('请填写单位。');
  if (profile && profile.name.length > PROFILE_LIMITS.name) problems.push(`姓名最多 ${PROFILE_LIMITS.name} 个字。`);
  if (profile && profile.unit.length > PROFILE_LIMITS.unit) problems.push(`单位最多 ${PROFILE_LIMITS.unit} 个字。`);
  return problems;
}
