import type { EntityManager } from 'typeorm';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import type { PersonalTable } from '../../core/personal-data';

/** The modules' declarations of personal tables, and the SQL that picks one member's rows of each. */
export class PersonalTables {
  private readonly byEntity = new Map<Function, PersonalTable>();

  constructor(readonly list: readonly PersonalTable[]) {
    for (const t of list) this.byEntity.set(t.entity, t);
  }

  /** The WHERE condition that picks the member's rows of a table, with the account id as its one `?`. */
  ownerCondition(em: EntityManager, table: PersonalTable, alias: string): string {
    const metadata = em.connection.getMetadata(table.entity);
    const escape = (name: string) => em.connection.driver.escape(name);
    const column = `${alias}.${escape(columnName(metadata, table.owner.column))}`;
    if (!('parent' in table.owner)) return `${column} = ?`;
    const parent = this.byEntity.get(table.owner.parent);
    if (!parent) throw new Error(`${metadata.name}: its owner's table ${table.owner.parent.name} is not declared`);
    const parentMeta = em.connection.getMetadata(parent.entity);
    const parentAlias = `${alias}p`;
    const key = escape(parentMeta.primaryColumns[0].databaseName);
    return `${column} IN (SELECT ${parentAlias}.${key} FROM ${escape(parentMeta.tableName)} ${parentAlias} WHERE ${this.ownerCondition(em, parent, parentAlias)})`;
  }

  /** The primary keys of the member's rows of a table. */
  async rowIds(em: EntityManager, table: PersonalTable, accountId: number): Promise<Array<number | string>> {
    const metadata = em.connection.getMetadata(table.entity);
    const escape = (name: string) => em.connection.driver.escape(name);
    const key = metadata.primaryColumns[0].databaseName;
    const rows = (await em.query(`SELECT t.${escape(key)} AS k FROM ${escape(metadata.tableName)} t WHERE ${this.ownerCondition(em, table, 't')}`, [accountId])) as Array<{
      k: number | string;
    }>;
    return rows.map((r) => r.k);
  }
}

export function columnName(metadata: EntityMetadata, property: string): string {
  const column = metadata.findColumnWithPropertyName(property);
  if (!column) throw new Error(`${metadata.name} has no column ${property}`);
  return column.databaseName;
}
