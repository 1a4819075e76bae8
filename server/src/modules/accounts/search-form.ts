import { EventSubscriber, type EntitySubscriberInterface, type InsertEvent, type UpdateEvent } from 'typeorm';
import { Account } from './account.entity';

/**
 * The form names and readings are searched in: NFKC (full-width letters and half-width kana
 * become one form), lower case, no spaces of any width, katakana as hiragana. Stored in
 * account.searchName / account.searchKana, so the search is a plain LIKE on SQLite and MySQL.
 */
export function searchForm(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/gu, '')
    .replace(/[\u30a1-\u30f6\u30fd\u30fe]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/** Fills the search columns from whatever name or reading an insert or update writes. */
export function fillSearchColumns(values: Partial<Account>): void {
  if (typeof values.name === 'string') values.searchName = searchForm(values.name);
  if (typeof values.nameKana === 'string') values.searchKana = searchForm(values.nameKana);
}

/** Keeps the search columns on every write through TypeORM (save, insert, update), whoever writes. */
@EventSubscriber()
export class AccountSearchSubscriber implements EntitySubscriberInterface<Account> {
  listenTo(): Function {
    return Account;
  }

  beforeInsert(event: InsertEvent<Account>): void {
    fillSearchColumns(event.entity);
  }

  beforeUpdate(event: UpdateEvent<Account>): void {
    if (event.entity) fillSearchColumns(event.entity as Partial<Account>);
  }
}
