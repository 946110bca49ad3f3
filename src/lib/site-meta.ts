/** Names shown in titles and the header; one place so a county can rebrand in one edit. */
export const SITE_NAME = '村（社区）“两委”换届培训';
/**
 * localStorage key of the reader's font size. src/client/page-inline.js, which is plain inline
 * JavaScript with no imports, repeats this literal (as it repeats lib/progress's STORAGE_KEY).
 */
export const FONT_SIZE_KEY = 'hj-font-size';
