import DataLoader from 'dataloader';
import type { Ctx } from '../../core/context';
import { defineLoaders } from '../../core/loaders';
import { placeholders, readRows } from '../../core/rows';
import { badField, notFound, parseId } from '../../core/errors';
import { fieldScope } from '../../core/scope';
import { Role } from '../permissions';
import { Account } from './account.entity';
import { SECRET_COLUMNS } from './account.service';
import { searchForm } from './search-form';

/**
 * Which members a contractor's staff may see, answered by the module that knows who applied
 * where (intake), as an SQL condition on an account id column; modules/index.ts wires it.
 */
export interface MemberScope {
  /** A condition true when the account `accountIdColumn` applied to a cohort of the field. */
  appliedInFieldSql(accountIdColumn: string, fieldCode: string): { sql: string; params: unknown[] };
}

export const SEARCH_MIN = 2;
export const SEARCH_MAX = 100;
export const MEMBER_PAGE_MAX = 100;

/** LIKE with "!" as the escape character: the same on SQLite and MySQL (a backslash is not). */
const like = (s: string) => s.replace(/[!%_]/g, (c) => `!${c}`);

export interface MemberPage {
  items: Account[];
  total: number;
}

/** Staff finding and opening members: scoped to the contractor's field, every search audited. */
export class MemberService {
  private scope: MemberScope | null = null;

  /** Wired by the module list once intake exists (intake depends on accounts, not the other way round). */
  useScope(scope: MemberScope): void {
    this.scope = scope;
  }

  /** The contractor's condition on `column`, or nothing for ward staff. */
  private scopeClause(ctx: Ctx, column: string): { sql: string; params: unknown[] } {
    const field = fieldScope(ctx);
    if (!field) return { sql: '', params: [] };
    if (!this.scope) throw new Error('member scope is not wired');
    const clause = this.scope.appliedInFieldSql(column, field);
    return { sql: ` AND ${clause.sql}`, params: clause.params };
  }

  /**
   * Login ID (prefix, any case), name or reading (contains, in the search form) or email
   * (contains). Two statements: the page and the total.
   */
  async search(ctx: Ctx, text: string, offset: number, limit: number): Promise<MemberPage> {
    const trimmed = text.normalize('NFKC').trim();
    if (trimmed.length < SEARCH_MIN) throw badField('search', 'validation.searchTooShort', `Enter at least ${SEARCH_MIN} characters.`);
    if (trimmed.length > SEARCH_MAX) throw badField('search', 'validation.length', `Enter up to ${SEARCH_MAX} characters.`);
    if (!Number.isInteger(offset) || offset < 0) throw badField('offset', 'validation.range', 'The offset must be 0 or more.');
    if (!Number.isInteger(limit) || limit < 1 || limit > MEMBER_PAGE_MAX) throw badField('limit', 'validation.range', `Ask for 1 to ${MEMBER_PAGE_MAX} members.`);
    const compact = trimmed.replace(/\s+/gu, '');
    const form = searchForm(trimmed);
    // Binary comparison on MySQL: its unicode collation would match は with ば.
    const exact = ctx.em.connection.options.type === 'better-sqlite3' ? '' : ' COLLATE utf8mb4_bin';
    const scope = this.scopeClause(ctx, 'a.id');
    const where =
      `WHERE a.role = ? AND (UPPER(a.loginId) LIKE ? ESCAPE '!' OR a.searchName LIKE ?${exact} ESCAPE '!' ` +
      `OR a.searchKana LIKE ?${exact} ESCAPE '!' OR a.email LIKE ? ESCAPE '!')${scope.sql}`;
    const params = [Role.MEMBER, `${like(compact.toUpperCase())}%`, `%${like(form)}%`, `%${like(form)}%`, `%${like(compact.toLowerCase())}%`, ...scope.params];
    const items = await readRows(ctx.em, Account, 'a', `${where} ORDER BY a.nameKana, a.id LIMIT ${limit} OFFSET ${offset}`, params, SECRET_COLUMNS);
    const total =
      items.length < limit && (items.length > 0 || offset === 0)
        ? offset + items.length
        : Number(((await ctx.em.query(`SELECT COUNT(*) AS n FROM account a ${where}`, params)) as { n: number | string }[])[0].n);
    // Which members were found, never what was typed.
    ctx.audit.add({ action: 'member.search', outcome: 'success', targetType: 'Account', targetIds: items.map((a) => a.id) });
    return { items, total };
  }

  /** One member in the caller's scope; anyone else is not found. */
  async get(ctx: Ctx, id: string): Promise<Account> {
    const accountId = parseId(id, 'member');
    const scope = this.scopeClause(ctx, 'a.id');
    const [member] = await readRows(ctx.em, Account, 'a', `WHERE a.id = ? AND a.role = ?${scope.sql}`, [accountId, Role.MEMBER, ...scope.params], SECRET_COLUMNS);
    if (!member) throw notFound('member');
    return member;
  }

  /** Whether the caller may see this member's records (always for ward staff); batched per request. */
  inScope(ctx: Ctx, accountId: number): Promise<boolean> {
    if (!fieldScope(ctx)) return Promise.resolve(true);
    return this.loaders(ctx).inScope.load(accountId);
  }

  private loaders = defineLoaders((ctx) => ({
    inScope: new DataLoader<number, boolean>(async (ids) => {
      const scope = this.scopeClause(ctx, 'a.id');
      const rows = (await ctx.em.query(`SELECT a.id AS id FROM account a WHERE a.id IN (${placeholders(ids)})${scope.sql}`, [...ids, ...scope.params])) as { id: number }[];
      const seen = new Set(rows.map((r) => Number(r.id)));
      return ids.map((id) => seen.has(id));
    }),
  }));
}
