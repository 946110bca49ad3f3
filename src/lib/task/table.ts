/**
 * Tables leave the results page as CSV (a file Excel and WPS open correctly) and as TSV (text
 * that pastes into spreadsheet cells). Both take plain rows of strings and numbers.
 */

export type Cell = string | number | null;

/** UTF-8 byte order mark: without it Excel on Windows reads the Chinese headers as GBK. */
export const BOM = '\uFEFF';

/**
 * A cell that starts like a formula is shown as text, not run: Excel would evaluate `=…`, `+…`,
 * `-…` or `@…` from a name typed by a trainee (CSV injection).
 */
function defuse(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const value = defuse(cell);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180 CSV with a BOM and CRLF line ends; commas, quotes and newlines are quoted. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

function tsvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  // Spreadsheets split cells on tabs and rows on newlines, even inside quotes when pasting.
  return defuse(cell.replace(/[\t\r\n]+/g, ' '));
}

/** Tab-separated rows for the clipboard. */
export function toTsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => row.map(tsvCell).join('\t') + '\n').join('');
}
