/**
 * Runs while the page is parsed, before first paint: phones start with the menu folded so the
 * lesson comes first. Without script the menu stays open and every page stays reachable.
 * Base.astro allows it by its hash in the page's Content-Security-Policy.
 */
export const SIDEBAR_FOLD_SCRIPT =
  "matchMedia('(min-width:60rem)').matches||(document.querySelector('[data-sidebar]').open=!1)";
