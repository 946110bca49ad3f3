/**
 * /print/titles/<sheet>.css: the running title of printed pages, one small file per page that
 * prints, so a page loads only its own title however large the course grows:
 *   <module>.css            a module in the handbook (/print/ and /print/<module>/), a named page;
 *   <module>/<lesson>.css   a lesson printed on its own, every sheet;
 *   <module>/checklist.css  a module's checklist printed on its own, every sheet.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadChecklist } from '../../../data/collections';
import { loadSite } from '../../../data/site';
import { handbookPageName, runningTitleCss } from '../../../lib/handbook';

interface Sheet {
  title: string;
  /** The named page, for a module inside the handbook. */
  page?: string;
}

export const getStaticPaths: GetStaticPaths = async () => {
  const site = await loadSite();
  const perModule = await Promise.all(
    site.modules.map(async (module) => {
      const checklist = await loadChecklist(module.id);
      const handbook: Sheet = {
        title: `应知应会手册 · 第${module.data.order}模块\u3000${module.data.title}`,
        page: handbookPageName(module.id),
      };
      return [
        { params: { sheet: module.id }, props: handbook },
        ...(site.lessonsByModule.get(module.id) ?? []).map((l) => ({
          params: { sheet: l.id },
          props: { title: `${module.data.title} · ${l.data.title}` },
        })),
        ...(checklist ? [{ params: { sheet: `${module.id}/checklist` }, props: { title: checklist.data.title } }] : []),
      ];
    }),
  );
  return perModule.flat();
};

export const GET: APIRoute<Sheet> = ({ props }) =>
  new Response(runningTitleCss(props.title, props.page), { headers: { 'content-type': 'text/css; charset=utf-8' } });
