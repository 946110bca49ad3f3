import { fileURLToPath } from 'node:url';

const SHIM = fileURLToPath(new URL('./fflate-sync-zip.js', import.meta.url));

/**
 * write-excel-file zips the workbook with fflate's asynchronous `zip`, which sends any file over
 * 160 KB (the sheet of a few hundred trainees) to a Worker made from a blob: URL. The site's
 * Content-Security-Policy (default-src 'self') forbids blob: workers, so exporting a big table to
 * .xlsx would never finish. This plugin gives write-excel-file, and nothing else, an fflate whose
 * `zip` runs on the main thread (fflate-sync-zip.js). tests/unit/xlsx-without-workers.test.ts
 * fails when write-excel-file stops importing `zip` from fflate, so an upgrade cannot slip past.
 * @returns {import('vite').Plugin}
 */
export function xlsxWithoutWorkers() {
  return {
    name: 'xlsx-without-workers',
    enforce: 'pre',
    resolveId: {
      // Rolldown skips every other import without calling into JavaScript.
      filter: { id: /^fflate$/ },
      handler(source, importer) {
        if (source !== 'fflate' || !importer || !/[\\/]write-excel-file[\\/]/.test(importer)) return null;
        return SHIM;
      },
    },
  };
}
