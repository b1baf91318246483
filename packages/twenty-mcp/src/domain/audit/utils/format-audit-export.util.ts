import { AUDIT_EXPORT_COLUMNS } from '../constants/audit-export-columns.const';
import { type AuditExportFormat } from '../types/audit-export-format.type';
import { type AuditRow } from '../types/audit-row.type';

// A cell as RFC 4180 writes it; text a spreadsheet would run as a formula
// (=, +, -, @ first) gets a leading apostrophe, since tool names and
// objects come from clients.
const csvCell = (value: unknown): string => {
  if (value === null || value === undefined) {
    return '';
  }

  let text =
    typeof value === 'string'
      ? value
      : value instanceof Date
        ? value.toISOString()
        : Array.isArray(value) &&
            value.every((item) => typeof item === 'string')
          ? value.join(' ')
          : typeof value === 'object'
            ? JSON.stringify(value)
            : String(value);

  if (/^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }

  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

// The first line of an export (CSV's header; none for JSON lines).
export const formatAuditExportHeader = (format: AuditExportFormat): string =>
  format === 'csv' ? `${AUDIT_EXPORT_COLUMNS.join(',')}\r\n` : '';

// One row of an export, with its line end.
export const formatAuditExportRow = (
  row: AuditRow,
  format: AuditExportFormat,
): string =>
  format === 'csv'
    ? `${AUDIT_EXPORT_COLUMNS.map((column) => csvCell(row[column])).join(',')}\r\n`
    : `${JSON.stringify(
        Object.fromEntries(
          AUDIT_EXPORT_COLUMNS.map((column) => [
            column,
            column === 'occurredAt'
              ? row.occurredAt.toISOString()
              : (row[column] ?? null),
          ]),
        ),
      )}\n`;
