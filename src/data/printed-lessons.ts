/**
 * Lessons as the handbook prints them, kept when a lesson's page renders its text both ways
 * (components/LessonBody.astro, lib/two-ways), so the print pages do not render every lesson again.
 * A print page that comes first renders the lesson itself; the result is the same. Only in a build:
 * under `astro dev` an edited lesson would print as it was until its page is opened again.
 */
const printed = new Map<string, string>();

export function rememberPrinted(lessonId: string, html: string) {
  if (!import.meta.env.DEV) printed.set(lessonId, html);
}

export const printedLesson = (lessonId: string): string | undefined => printed.get(lessonId);
