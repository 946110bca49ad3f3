import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zip } from '../../src/vite-plugins/fflate-sync-zip.js';
import { xlsxWithoutWorkers } from '../../src/vite-plugins/xlsx-without-workers.mjs';
import { ROOT } from '../../tooling/dirs';

describe('the xlsx export under the site’s Content-Security-Policy', () => {
  it('still finds write-excel-file zipping with fflate’s asynchronous zip, which the plugin replaces', () => {
    const source = readFileSync(join(ROOT, 'node_modules/write-excel-file/modules/zip/zipToArrayBuffer.js'), 'utf8');
    expect(source).toContain("import { zip } from 'fflate';");
  });

  it('gives write-excel-file, and nothing else, the main-thread fflate', () => {
    const plugin = xlsxWithoutWorkers();
    const resolve = (plugin.resolveId as { handler: (source: string, importer?: string) => string | null }).handler;
    const excel = join(ROOT, 'node_modules/write-excel-file/modules/zip/zipToArrayBuffer.js');
    expect(resolve('fflate', excel)).toMatch(/fflate-sync-zip\.js$/);
    expect(resolve('fflate', join(ROOT, 'src/vite-plugins/fflate-sync-zip.js'))).toBeNull();
    expect(resolve('fflate', join(ROOT, 'tests/unit/task-chat-and-tables.test.ts'))).toBeNull();
    expect(resolve('./x.js', excel)).toBeNull();
  });

  it('zips a file over 160 KB (where fflate would start a Worker) and calls back later, once', async () => {
    const sheet = '<row>张三,东风镇红旗村,95</row>'.repeat(10_000);
    let calls = 0;
    const archive = await new Promise<Uint8Array>((resolve, reject) => {
      zip({ 'xl/worksheets/sheet1.xml': new TextEncoder().encode(sheet) }, (error, data) => {
        calls++;
        if (error) reject(error);
        else resolve(data);
      });
      expect(calls).toBe(0);
    });
    expect(calls).toBe(1);
    expect(new TextEncoder().encode(sheet).length).toBeGreaterThan(160_000);
    expect(strFromU8(unzipSync(archive)['xl/worksheets/sheet1.xml']!)).toBe(sheet);
  });
});
