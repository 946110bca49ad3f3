/**
 * The one definition of a trainee's name and unit limits. 学习记录 stores the profile and every
 * receipt carries it, so both use these: a name the record accepts never blocks a receipt.
 * (Import-free, so the receipt codec and the bench can use it with Node's type stripping.)
 */

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
