/**
 * /print/titles/<module>.css: the running titles of one module's printed pages (the module in the
 * handbook, each lesson and the checklist printed on their own). One small file per module, so a
 * lesson page loads only its own module's titles however large the course grows.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadChecklist } from '../../../data/collections';
import { loadSite } from '../../../data/site';
import { handbookPageName, printPageName, runningTitlesCss } from '../../../lib/handbook';

export const getStaticPaths: GetStaticPaths = async () => {
  const site = await loadSite();
  return site.modules.map((module) => ({ params: { module: module.id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const site = await loadSite();
  const module = site.modules.find((m) => m.id === params.module)!;
  const checklist = await loadChecklist(module.id);
  const pages = [
    { page: handbookPageName(module.id), title: `应知应会手册 · 第${module.data.order}模块\u3000${module.data.title}` },
    ...(site.lessonsByModule.get(module.id) ?? []).map((l) => ({
      page: printPageName(l.id),
      title: `${module.data.title} · ${l.data.title}`,
    })),
    ...(checklist ? [{ page: printPageName(`${module.id}/checklist`), title: checklist.data.title }] : []),
  ];
  return new Response(runningTitlesCss(pages), { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
