/** Names shown in titles and the header; one place so a county can rebrand in one edit. */
export const SITE_NAME = '村（社区）“两委”换届培训';
/** Under an icon on a phone's home screen, where about six characters fit. */
export const SHORT_NAME = '两委换届培训';
/** localStorage key of the reader's font size (Base.astro fills it into the inline page script). */
export const FONT_SIZE_KEY = 'hj-font-size';
