/** Markdown tables for the bench's printed report; undefined cells print as "–". */

export type Cell = string | number | undefined;

export const row = (cells: Cell[]) => `| ${cells.map((c) => (c === undefined ? '–' : String(c))).join(' | ')} |`;

export const table = (head: string[], rows: Cell[][]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

/** A section of the report: a level-2 heading, a blank line, then the body. */
export const section = (heading: string, body: string) => `\n## ${heading}\n\n${body}`;
