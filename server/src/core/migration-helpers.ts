import { TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';

// Written with the QueryRunner API so that one migration serves SQLite and MySQL/MariaDB.
export const id = (): TableColumnOptions => ({ name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' });
export const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable });
export const int = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable });
export const datetime = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'datetime', isNullable: nullable });
export const date = (name: string): TableColumnOptions => ({ name, type: 'date' });
export const text = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable });
export const bool = (name: string): TableColumnOptions => ({ name, type: 'boolean' });
export const fk = (name: string, column: string, table: string, refColumn: string, onDelete: 'RESTRICT' | 'CASCADE') =>
  new TableForeignKey({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: [refColumn], onDelete, onUpdate: 'NO ACTION' });
export const index = (name: string, columns: string[], isUnique = false) => new TableIndex({ name, columnNames: columns, isUnique });
