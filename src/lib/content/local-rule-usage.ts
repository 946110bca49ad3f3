/**
 * Finds <LocalRule point="…"> in lesson sources and names every unknown point with its lesson,
 * so a typo fails the build before any page renders.
 */
import { LOCAL_RULE_POINTS, isLocalRulePoint } from './local-rules';

export interface LessonSource {
  id: string;
  file: string;
  body: string;
}

const USE = /<LocalRule\b[^>]*?\bpoint\s*=\s*(?:"([^"]*)"|'([^']*)'|\{[^}]*\})/g;

export function checkLocalRuleUsage(lessons: readonly LessonSource[]): string[] {
  const problems: string[] = [];
  for (const lesson of lessons) {
    for (const match of lesson.body.matchAll(USE)) {
      const point = match[1] ?? match[2];
      if (point === undefined)
        problems.push(`${lesson.file}: lesson ${lesson.id}: <LocalRule point={…}>: point 应写成固定的文字，如 point="returned-ballots"`);
      else if (!isLocalRulePoint(point))
        problems.push(`${lesson.file}: lesson ${lesson.id}: <LocalRule point="${point}">: 未知的要点；可用的要点：${LOCAL_RULE_POINTS.join('、')}`);
    }
  }
  return problems;
}
