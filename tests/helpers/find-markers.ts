/**
 * Searches every table of the database for marker strings: the check behind the erasure test
 * (issue 13), "no personal string is left in any table".
 *
 * - Tables: the database's own catalogue (sqlite_master, information_schema.tables) together
 *   with the TypeORM metadata, so a table the entities do not know (a migration's own table, a
 *   join table, a table added by hand) is searched too. A metadata table missing from the
 *   database is an error: the search would silently skip it otherwise.
 * - Columns: on MySQL/MariaDB every character, text, JSON, enum/set and binary/blob column (from
 *   information_schema.columns); on SQLite every column, since any SQLite column can hold text
 *   whatever its declared type.
 * - Matching is done here, not with LIKE: case-insensitive (an email or a login ID folded to
 *   lower or upper case still counts), blobs decoded as UTF-8, and also the `\uXXXX` form a JSON
 *   encoder may write for non-ASCII markers (kana, names).
 */
import type { DataSource } from 'typeorm';

export interface MarkerHit {
  table: string;
  column: string;
  marker: string;
  /** Rows of that column holding the marker. */
  rows: number;
}

const MYSQL_TEXT_TYPES = new Set([
  'char',
  'varchar',
  'tinytext',
  'text',
  'mediumtext',
  'longtext',
  'json',
  'enum',
  'set',
  'binary',
  'varbinary',
  'tinyblob',
  'blob',
  'mediumblob',
  'longblob',
]);

export const isMysql = (dataSource: DataSource): boolean => dataSource.options.type === 'mysql' || dataSource.options.type === 'mariadb';

const quote = (dataSource: DataSource, name: string): string => (isMysql(dataSource) ? `\`${name.replace(/`/g, '``')}\`` : `"${name.replace(/"/g, '""')}"`);

/** Every table of the database with the columns worth searching, from the database's catalogue. */
export async function searchableColumns(dataSource: DataSource): Promise<Map<string, string[]>> {
  const tables = new Map<string, string[]>();
  if (isMysql(dataSource)) {
    const rows: Array<{ t: string; c: string; d: string }> = await dataSource.query(
      `SELECT c.TABLE_NAME AS t, c.COLUMN_NAME AS c, c.DATA_TYPE AS d
         FROM information_schema.columns c
         JOIN information_schema.tables tb ON tb.TABLE_SCHEMA = c.TABLE_SCHEMA AND tb.TABLE_NAME = c.TABLE_NAME
        WHERE c.TABLE_SCHEMA = DATABASE() AND tb.TABLE_TYPE = 'BASE TABLE'
        ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION`,
    );
    for (const r of rows) {
      if (!tables.has(r.t)) tables.set(r.t, []);
      if (MYSQL_TEXT_TYPES.has(String(r.d).toLowerCase())) tables.get(r.t)!.push(r.c);
    }
  } else {
    const names: Array<{ name: string }> = await dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`);
    for (const { name } of names) {
      const columns: Array<{ name: string }> = await dataSource.query(`PRAGMA table_info(${quote(dataSource, name)})`);
      tables.set(
        name,
        columns.map((c) => c.name),
      );
    }
  }
  const missing = dataSource.entityMetadatas.filter((m) => m.tableType !== 'view' && !tables.has(m.tableName)).map((m) => m.tableName);
  if (missing.length) throw new Error(`tables in the entity metadata but not in the database: ${missing.join(', ')}`);
  return tables;
}

/** The forms a marker can take in a column: as is, and JSON-escaped (\uXXXX, either case of hex). */
function variants(marker: string): string[] {
  const forms = new Set([marker.toLowerCase()]);
  if (/[^\x20-\x7e]/.test(marker)) {
    const escaped = [...marker].map((ch) => (ch.charCodeAt(0) > 0x7e ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}` : ch)).join('');
    forms.add(escaped.toLowerCase());
  }
  return [...forms];
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  if (value instanceof Uint8Array) return Buffer.from(value).toString('utf8');
  if (typeof value === 'object' && !(value instanceof Date)) return JSON.stringify(value);
  return null;
}

/**
 * Where each marker occurs: one hit per table, column and marker, with the number of rows.
 * Markers shorter than 6 characters are refused: they would match by chance.
 */
export async function findMarkers(dataSource: DataSource, markers: string[]): Promise<MarkerHit[]> {
  for (const m of markers) if (m.length < 6) throw new Error(`marker too short to search for: ${JSON.stringify(m)}`);
  const searched = markers.map((marker) => ({ marker, forms: variants(marker) }));
  const hits: MarkerHit[] = [];
  const PAGE = 2000;
  for (const [table, columns] of await searchableColumns(dataSource)) {
    if (columns.length === 0) continue;
    const list = columns.map((c) => quote(dataSource, c)).join(', ');
    const counts = new Map<string, number>();
    // Paged by position in the table, so a big table (the audit log) is not read in one go.
    for (let offset = 0; ; offset += PAGE) {
      const rows: Array<Record<string, unknown>> = await dataSource.query(`SELECT ${list} FROM ${quote(dataSource, table)} LIMIT ${PAGE} OFFSET ${offset}`);
      for (const row of rows) {
        for (const column of columns) {
          const text = asText(row[column])?.toLowerCase();
          if (!text) continue;
          for (const { marker, forms } of searched) {
            if (forms.some((f) => text.includes(f))) {
              const key = `${column}\u0000${marker}`;
              counts.set(key, (counts.get(key) ?? 0) + 1);
            }
          }
        }
      }
      if (rows.length < PAGE) break;
    }
    for (const [key, rows] of counts) {
      const [column, marker] = key.split('\u0000');
      hits.push({ table, column, marker, rows });
    }
  }
  return hits.sort((a, b) => a.table.localeCompare(b.table) || a.column.localeCompare(b.column) || a.marker.localeCompare(b.marker));
}
