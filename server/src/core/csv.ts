/**
 * CSV for Excel, as staff open it: UTF-8 with a byte-order mark, CRLF, cells quoted where they
 * need it, and text starting with = + - @, a tab or a carriage return (OWASP's list) prefixed
 * with ' so that no cell runs as a formula. Numbers stay numbers.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (typeof value === 'number') return String(value);
  const v = value ?? '';
  if (/^[=+\-@\t\r]/.test(v)) return `"'${v.replace(/"/g, '""')}"`;
  if (/[",\n\r]/.test(v)) return `"${v.replace(/"/g, '""')}"`;
  return v;
}

export function csvDocument(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
