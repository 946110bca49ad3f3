/** Small type guards shared by the stored-format decoders of every version. */

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const isText = (v: unknown): v is string => typeof v === 'string';
export const isScore = (v: unknown) => typeof v === 'number' && v >= 0 && v <= 100;
export const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
export const isResponse = (v: unknown) =>
  v === null || typeof v === 'boolean' || isCount(v) || (Array.isArray(v) && v.every(isCount));

/** An object whose every value passes `test` (an id-keyed map). */
export const recordOf =
  (test: (v: unknown) => boolean) =>
  (v: unknown): v is Record<string, unknown> =>
    isObject(v) && Object.values(v).every(test);

/** A 错题本 entry, the same in every version. */
export const isWrongEntry = (v: unknown) => isObject(v) && isText(v.module) && isCount(v.streak) && isText(v.at);
