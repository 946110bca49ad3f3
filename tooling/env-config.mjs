// Shared by astro.config.mjs and the tests: plain JavaScript so the config can import it untranspiled.

/**
 * Normalises SITE_BASE to "/" or "/a/b/" (leading and trailing slash), rejecting values that
 * would produce broken links, so a hosting typo fails the build instead of the site.
 * @param {string | undefined} raw
 * @returns {string}
 */
export function siteBase(raw) {
  const value = (raw ?? '').trim();
  if (value === '' || value === '/') return '/';
  if (!/^\/?[A-Za-z0-9._~\-/]+\/?$/.test(value) || value.includes('//') || value.split('/').includes('..')) {
    throw new Error(`SITE_BASE="${raw}" 无效：应为形如 /training/ 的路径，只含字母、数字和 - _ . ~`);
  }
  return `/${value.replace(/^\/+|\/+$/g, '')}/`;
}
