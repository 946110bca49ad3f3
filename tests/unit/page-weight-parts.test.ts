import { describe, expect, it } from 'vitest';
import { htmlParts } from '../../tooling/page-weight';

const text = (n: number) =>
  Array.from({ length: n }, (_, i) => `第${i}条：选民登记要公布名单，委托投票要书面。`).join('');
const page = (article: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta http-equiv="content-security-policy" content="default-src 'self'"></head>` +
  `<body><header class="site-header">换届培训</header><nav class="sidebar"><a href="/">首页</a></nav>` +
  `<script>document.documentElement.classList.add('js')</script><main><article>${article}</article></main>` +
  `<footer>学习记录只保存在您自己的浏览器中。</footer></body></html>`;

describe('the parts of a page’s HTML', () => {
  const cost = (html: string, name: string) => htmlParts(html).parts.find((p) => p.name === name)!.bytes;

  it('weighs a longer lesson text as more, and the rest of the page the same', () => {
    const short = page(`<p>${text(5)}</p>`);
    const long = page(`<p>${text(80)}</p>`);
    expect(cost(long, 'lesson text (the article)')).toBeGreaterThan(cost(short, 'lesson text (the article)') + 200);
    expect(htmlParts(long).rest).toBe(htmlParts(short).rest);
  });

  it('gives a part the page lacks no cost, and each part it has some', () => {
    const { parts } = htmlParts(page('<p>课文</p>'));
    expect(parts.find((p) => p.name === 'loaders (templates)')!.bytes).toBe(0);
    for (const name of ['inline scripts', 'sidebar', 'footer', 'header', 'content security policy'])
      expect(parts.find((p) => p.name === name)!.bytes, name).toBeGreaterThan(0);
  });
});
