import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../tooling/serve';

const PAGE = '<!doctype html><html lang="zh-CN"><title>课程</title>' + '<p>选民登记</p>'.repeat(200);

describe('the test server, compressing as the README asks hosts to', () => {
  let server: StaticServer;
  beforeAll(async () => {
    const parent = mkdtempSync(join(tmpdir(), 'hj-serve-'));
    writeFileSync(join(parent, 'secret.html'), '<p>站外的文件</p>');
    const dir = join(parent, 'site');
    mkdirSync(join(dir, 'lesson'), { recursive: true });
    writeFileSync(join(dir, 'lesson', 'index.html'), PAGE);
    writeFileSync(join(dir, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(join(dir, '404.html'), '<p>没有这个页面</p>');
    server = await serveStatic(dir, '/training/', 0, { compress: true });
  });
  afterAll(() => server.close());

  it('sends a page gzip-compressed, and the browser reads the same page', async () => {
    const response = await fetch(`${server.url}lesson/?from=singlemessage`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(PAGE);
  });

  it('sends a picture as it is', async () => {
    const response = await fetch(`${server.url}icon.png`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  });

  it('answers an address outside the site with the 404 page, not a file', async () => {
    const response = await fetch(`${server.url}..%2Fsecret.html`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('没有这个页面');
  });
});

describe('the test server, holding back what a test says', () => {
  it('answers a held file only once the test lets it go, and others at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hj-serve-'));
    writeFileSync(join(dir, 'a.json'), '"甲"');
    writeFileSync(join(dir, 'b.json'), '"乙"');
    writeFileSync(join(dir, '404.html'), '<p>没有这个页面</p>');
    let release = () => {};
    const server = await serveStatic(dir, '/', 0, {
      hold: (path) => (path === 'b.json' ? new Promise<void>((resolve) => (release = resolve)) : undefined),
    });
    try {
      let held = false;
      const b = fetch(`${server.url}b.json`).then((r) => ((held = true), r.json()));
      expect(await (await fetch(`${server.url}a.json`)).json()).toBe('甲');
      expect(held).toBe(false);
      release();
      expect(await b).toBe('乙');
    } finally {
      await server.close();
    }
  });
});
