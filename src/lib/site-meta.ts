/** Names shown in titles and the header; one place so a county can rebrand in one edit. */
export const SITE_NAME = '村（社区）“两委”换届培训';
/** Under an icon on a phone's home screen, where about six characters fit. */
export const SHORT_NAME = '两委换届培训';
/** localStorage key of the reader's font size (Base.astro fills it into the inline page script). */
export const FONT_SIZE_KEY = 'hj-font-size';

/** Shown instead of 打印 on a phone in WeChat, whose in-app browser has no print menu. */
export const WECHAT_PRINT_HINT =
  '微信里不能直接打印：请点右上角“···”，选“在浏览器打开”（或“在默认浏览器中打开”），再用浏览器菜单里的“打印”。';
