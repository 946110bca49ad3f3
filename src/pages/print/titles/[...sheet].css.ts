/**
 * /print/titles/<module>.css: the running title of a module in the handbook (/print/ and
 * /print/<module>/), a named page; one small file per module, so a handbook page loads only the
 * titles of its own modules however large the course grows. A lesson or checklist printed on its
 * own carries its running title in the page itself (Base.astro's data-print-title, print.css).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../data/site';
import { handbookPageName, runningTitleCss } from '../../../lib/handbook';

interface Sheet {
  title: string;
  /** The module's named page in the handbook. */
  page: string;
}

export const getStaticPaths: GetStaticPaths = async () => {
  const site = await loadSite();
  return site.modules.map((module) => ({
    params: { sheet: module.id },
    props: {
      title: `应知应会手册 · 第${module.data.order}模块\u3000${module.data.title}`,
      page: handbookPageName(module.id),
    } satisfies Sheet,
  }));
};

export const GET: APIRoute<Sheet> = ({ props }) =>
  new Response(runningTitleCss(props.title, props.page), { headers: { 'content-type': 'text/css; charset=utf-8' } });
