/**
 * Every internal link goes through here so the site works at a domain root and under a sub-path.
 * `base` is Astro's BASE_URL ("/" or "/training/").
 */
export function withBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\/+/, '');
}

export const href = (path: string): string => withBase(import.meta.env.BASE_URL, path);

export const moduleHref = (module: string) => href(`modules/${module}/`);
/** Lesson ids are "module/lesson", which is also their path under /modules/. */
export const lessonHref = (lessonId: string, anchor?: string) =>
  href(`modules/${lessonId}/`) + (anchor ? `#${encodeURIComponent(anchor)}` : '');

/** A module's quiz page relative to the base; plain so the tooling can find the built page too. */
export const quizPath = (module: string) => `modules/${module}/quiz/`;
export const quizHref = (module: string) => href(quizPath(module));
export const checklistHref = (module: string) => href(`modules/${module}/checklist/`);
/** A module's questions as JSON (src/pages/modules/[module]/questions.json.ts), fetched by islands. */
export const questionsHref = (module: string) => href(`modules/${module}/questions.json`);
export const searchHref = (query: string) => href(`search/?q=${encodeURIComponent(query)}`);
/** A file of Pagefind's index and engine, e.g. `pagefind.js`. */
export const pagefindHref = (file: string) => href(`pagefind/${file}`);
