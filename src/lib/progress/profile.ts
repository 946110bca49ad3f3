/**
 * The one definition of a trainee's name and unit: limits, cleaning, and setting them on the
 * record (what stops one from going into a receipt: profile-problems.ts). 学习记录 and the task
 * page save the profile through one form (islands/shared/ProfileForm.tsx) and every receipt
 * carries it, so all use these: a name the record accepts never blocks a receipt. Who counts as
 * the same person: person-key.ts. (No runtime imports, so the receipt codec and the bench can use
 * it with Node's type stripping; not imported by the quiz code, so the quiz page does not carry it.)
 */
import type { ProgressData, Profile } from './record';

/** Longest name and unit, in UTF-16 code units: enough for any real one, and a receipt stays short. */
export const PROFILE_LIMITS = { name: 20, unit: 30 } as const;

// Control characters and lone surrogates cannot travel in a receipt (see task/bytes.ts).
const UNSHOWABLE =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A name or unit as it is kept: unshowable characters dropped, trimmed, cut to `max`. */
export function cleanProfileText(text: string, max: number): string {
  const clean = text.replace(UNSHOWABLE, '').trim();
  // Cutting through a surrogate pair would leave half a character.
  const cut = clean.slice(0, max);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1).trim() : cut.trim();
}

/** Sets who the record belongs to, cleaned; blank name and unit clear it. */
export function setProfile(data: ProgressData, profile: Profile): ProgressData {
  const name = cleanProfileText(profile.name, PROFILE_LIMITS.name);
  const unit = cleanProfileText(profile.unit, PROFILE_LIMITS.unit);
  return { ...data, profile: name || unit ? { name, unit } : null };
}
