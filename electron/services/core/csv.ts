// CSV for spreadsheets, through Papa Parse: quoted as RFC 4180 wants, and with every cell that a
// spreadsheet would read as a formula (=, +, -, @, tab, carriage return) neutralised, so a visitor
// named =HYPERLINK(…) stays text (OWASP "CSV injection").
import Papa from 'papaparse';

export function toCsv(rows: readonly Record<string, unknown>[]): string {
  return Papa.unparse(rows as Record<string, unknown>[], { escapeFormulae: true, newline: '\r\n' });
}
