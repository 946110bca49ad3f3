/**
 * The one definition of how search compares text, shared by the search itself and the landing
 * marks. Kept apart from the scoring code so a page opened from a result loads only this.
 */

/** Folds full-width letters and digits to half-width and upper case to lower, so 'ＡＢ１' finds 'ab1'. */
export const foldWidthAndCase = (text: string) => text.normalize('NFKC').toLowerCase();

/** The folded text to search in; NFKC can change lengths (rare), then the raw text keeps positions true. */
export function searchable(text: string): string {
  const lower = foldWidthAndCase(text);
  return lower.length === text.length ? lower : text;
}
