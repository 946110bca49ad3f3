/**
 * Lessons as the handbook prints them, kept when a lesson's page renders its text both ways
 * (components/LessonBody.astro, lib/two-ways), so the print pages do not render every lesson again.
 * A print page that comes first renders the lesson itself; the result is the same.
 */
const printed = new Map<string, string>();

export const rememberPrinted = (lessonId: string, html: string) => void printed.set(lessonId, html);

export const printedLesson = (lessonId: string): string | undefined => printed.get(lessonId);
