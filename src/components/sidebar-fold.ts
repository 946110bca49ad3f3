/**
 * Runs while the page is parsed, before first paint: phones start with the menu folded so the
 * lesson comes first. Without script the menu stays open and every page stays reachable.
 * Base.astro allows it by its hash in the page's Content-Security-Policy. The range syntax is the
 * one the built CSS uses for the same breakpoint (reading.css's `min-width: 60rem`).
 */
export const SIDEBAR_FOLD_SCRIPT =
  "matchMedia('(width<60rem)').matches&&(document.querySelector('[data-sidebar]').open=!1)";
