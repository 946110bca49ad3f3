/**
 * fflate, as write-excel-file sees it in the browser build (see xlsx-without-workers.mjs): the
 * same module, except that `zip` compresses on the main thread with `zipSync` instead of handing
 * files over 160 KB to a Worker made from a blob: URL, which the site's Content-Security-Policy
 * forbids. Same contract: the callback runs later, once, with (error, archive).
 */
import { zipSync } from 'fflate';

export * from 'fflate';

/**
 * @param {import('fflate').AsyncZippable} data
 * @param {import('fflate').AsyncZipOptions | import('fflate').AsyncFlateStreamHandler} opts
 * @param {import('fflate').AsyncFlateStreamHandler} [callback]
 * @returns {() => void}
 */
export function zip(data, opts, callback) {
  const done = typeof opts === 'function' ? opts : callback;
  const options = typeof opts === 'function' ? {} : opts;
  /** @type {Uint8Array | null} */
  let archive = null;
  /** @type {Error | null} */
  let failure = null;
  try {
    archive = zipSync(/** @type {import('fflate').Zippable} */ (data), options);
  } catch (error) {
    failure = /** @type {Error} */ (error);
  }
  let cancelled = false;
  setTimeout(() => {
    if (!cancelled && done) done(/** @type {any} */ (failure), /** @type {Uint8Array} */ (archive));
  });
  return () => {
    cancelled = true;
  };
}
