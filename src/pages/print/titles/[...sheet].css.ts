/**
 * /print/titles/<sheet>.css under `astro dev`: each running title (data/print-titles) as its own
 * stylesheet. A build writes the same files from one list (titles.json.ts and
 * tooling/print-titles.mjs): as 1,000 routes they cost a second and a half of CPU at 1,000 lessons.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { printTitleSheets } from '../../../data/print-titles';

export const getStaticPaths: GetStaticPaths = async () =>
  import.meta.env.DEV
    ? (await printTitleSheets()).map(({ sheet, css }) => ({ params: { sheet }, props: { css } }))
    : [];

export const GET: APIRoute<{ css: string }> = ({ props }) =>
  new Response(props.css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
