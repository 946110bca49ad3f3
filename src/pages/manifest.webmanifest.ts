/** /manifest.webmanifest: names from site-meta, colours from the stylesheet, so neither is written twice. */
import css from '../styles/base.css?raw';
import { SHORT_NAME, SITE_NAME } from '../lib/site-meta';
import { cssVariable, webManifest } from '../lib/web-manifest';

export function GET() {
  const manifest = webManifest({
    name: SITE_NAME,
    shortName: SHORT_NAME,
    description: '村（社区）“两委”换届的课程、测验与错题本，联网打开一次后可离线学习。',
    themeColor: cssVariable(css, '--accent'),
    backgroundColor: cssVariable(css, '--bg'),
  });
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
}
