/**
 * 每日一练's set sizes, part of the stored record (practice-record.ts). Its own file, with no
 * imports, so the 今日一练 link on reading pages (lib/practice/daily-label.ts) can read them
 * without the record's guards and the quiz code they are bundled with.
 */
export const SET_SIZES = [5, 10, 20] as const;
export type SetSize = (typeof SET_SIZES)[number];
/** A trainee who never chose: about three minutes a day. */
export const DEFAULT_SET_SIZE: SetSize = 5;
