/**
 * CSV (RFC 4180) for the tabular data files: every field quoted when it holds a comma, quote,
 * or line break; quotes doubled; CRLF between records; a UTF-8 byte-order mark first so that
 * spreadsheet programs read the Chinese text as UTF-8.
 */
export type CsvValue = string | number | boolean | null | undefined | readonly string[];

function field(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('；') : String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

export function toCsv<T>(columns: ReadonlyArray<{ name: string; value: (row: T) => CsvValue }>, rows: readonly T[]): string {
  const lines = [columns.map((c) => field(c.name)).join(','), ...rows.map((row) => columns.map((c) => field(c.value(row))).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
