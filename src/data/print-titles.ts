/**
 * The running titles of printed pages, one small stylesheet each (lib/handbook: runningTitleCss):
 *   <module>                a module in the handbook (/print/ and /print/<module>/), a named page;
 *   <module>/<lesson>       a lesson printed on its own, every sheet;
 *   <module>/checklist      a module's checklist printed on its own, every sheet.
 * A page loads only its own, however large the course grows.
 */
import { loadChecklist } from './collections';
import { loadSite } from './site';
import { handbookPageName, runningTitleCss } from '../lib/handbook';

export interface TitleSheet {
  /** The sheet's path under print/titles/, without ".css". */
  sheet: string;
  css: string;
}

export async function printTitleSheets(): Promise<TitleSheet[]> {
  const site = await loadSite();
  const perModule = await Promise.all(
    site.modules.map(async (module) => {
      const checklist = await loadChecklist(module.id);
      const handbookTitle = `应知应会手册 · 第${module.data.order}模块\u3000${module.data.title}`;
      return [
        { sheet: module.id, css: runningTitleCss(handbookTitle, handbookPageName(module.id)) },
        ...(site.lessonsByModule.get(module.id) ?? []).map((l) => ({
          sheet: l.id,
          css: runningTitleCss(`${module.data.title} · ${l.data.title}`),
        })),
        ...(checklist ? [{ sheet: `${module.id}/checklist`, css: runningTitleCss(checklist.data.title) }] : []),
      ];
    }),
  );
  return perModule.flat();
}
