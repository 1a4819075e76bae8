// The bench's baseline: the least a server can do for the same requests. Express 5, the same
// database driver, the same token and session checks, hand-written SQL and the same JSON, byte
// for byte (tests/bench-parity.test.ts checks it). It is what the GraphQL layer is measured
// against, not a second implementation of the product: it knows only the bench's operations.
import 'reflect-metadata';
import crypto from 'node:crypto';
import express, { type Request, type Response } from 'express';
import type { Config } from '../../config';
import { PasswordHasher } from '../../core/auth/passwords';
import { newRefreshToken, sha256, TokenService } from '../../core/auth/tokens';
import { toTokyoIso } from '../../core/graphql/scalars';
import type { AuditRow } from '../../core/audit';
// The product's hash of a chained row, so the baseline's audit rows verify like the API's.
import { chainRow } from '../../modules/audit/audit-chain';
import { CHAIN_HEAD_ID } from '../../modules/audit/audit-chain-head.entity';

/** The driver under the baseline: better-sqlite3 or a mysql2 pool, with `?` placeholders. */
export interface SqlRunner {
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** insertId: the first row of an INSERT (mysql2's meaning; a multi-row insert's ids follow it). */
  run(sql: string, params?: unknown[]): Promise<{ insertId: number; affected: number }>;
  /** READ COMMITTED unless told 'server default' (the audit append's transaction, as the API's). */
  transaction<T>(work: (tx: SqlRunner) => Promise<T>, isolation?: 'READ COMMITTED' | 'server default'): Promise<T>;
  close(): Promise<void>;
  /** SQL for "lock for update" on MySQL; empty on SQLite, whose writers are serial. */
  forUpdate: string;
  forShare: string;
}

export async function openSql(config: Config): Promise<SqlRunner> {
  if (config.databaseUrl) {
    const mysql = await import('mysql2/promise');
    const pool = mysql.createPool({
      uri: config.databaseUrl.replace(/^mariadb:/, 'mysql:'),
      timezone: 'Z',
      dateStrings: ['DATE'],
      connectionLimit: 10,
      charset: 'utf8mb4_unicode_ci',
    });
    const on = (conn: { query: typeof pool.query }): SqlRunner => ({
      forUpdate: ' FOR UPDATE',
      forShare: ' LOCK IN SHARE MODE',
      async all<T>(sql: string, params: unknown[] = []) {
        const [rows] = await conn.query(sql, params);
        return rows as T[];
      },
      async run(sql: string, params: unknown[] = []) {
        const [result] = (await conn.query(sql, params)) as unknown as [{ insertId: number; affectedRows: number }];
        return { insertId: result.insertId, affected: result.affectedRows };
      },
      transaction: () => {
        throw new Error('nested transaction');
      },
      close: async () => undefined,
    });
    const root = on(pool);
    root.transaction = async (work, isolation = 'READ COMMITTED') => {
      const conn = await pool.getConnection();
      try {
        if (isolation === 'READ COMMITTED') await conn.query('SET TRANSACTION ISOLATION LEVEL READ COMMITTED');
        await conn.beginTransaction();
        const value = await work(on(conn as never));
        await conn.commit();
        return value;
      } catch (error) {
        await conn.rollback();
        throw error;
      } finally {
        conn.release();
      }
    };
    root.close = () => pool.end();
    return root;
  }
  const { default: Sqlite } = await import('better-sqlite3');
  const db = new Sqlite(config.sqlitePath, { timeout: 5000 });
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  const cache = new Map<string, { all(...p: unknown[]): unknown[]; run(...p: unknown[]): { lastInsertRowid: number | bigint; changes: number } }>();
  const prepared = (sql: string) => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = db.prepare(sql) as never));
    return s!;
  };
  const bind = (params: unknown[]) => params.map((p) => (p instanceof Date ? p.toISOString().replace('T', ' ').replace('Z', '') : typeof p === 'boolean' ? (p ? 1 : 0) : p));
  let turn: Promise<unknown> = Promise.resolve();
  const runner: SqlRunner = {
    forUpdate: '',
    forShare: '',
    all: async <T>(sql: string, params: unknown[] = []) => prepared(sql).all(...bind(params)) as T[],
    run: async (sql, params = []) => {
      const r = prepared(sql).run(...bind(params));
      // SQLite names the last row inserted; its writers are serial, so the rows before it are the statement's.
      return { insertId: Number(r.lastInsertRowid) - Math.max(0, r.changes - 1), affected: r.changes };
    },
    transaction: (work) => {
      const next = turn
        .catch(() => undefined)
        .then(async () => {
          db.exec('BEGIN');
          try {
            const value = await work(runner);
            db.exec('COMMIT');
            return value;
          } catch (error) {
            db.exec('ROLLBACK');
            throw error;
          }
        });
      turn = next.catch(() => undefined);
      return next;
    },
    close: async () => void db.close(),
  };
  return runner;
}

/** Dates as the driver hands them over: Date objects (mysql2) or UTC text (SQLite). */
const instant = (v: unknown): string | null => (v === null || v === undefined ? null : toTokyoIso(v instanceof Date ? v : new Date(`${String(v).replace(' ', 'T')}Z`)));
const upper = (v: unknown): string | null => (v === null || v === undefined ? null : String(v).toUpperCase());
const bool = (v: unknown): boolean => v === true || v === 1 || v === '1';
/** A stored enum value as the schema names it: fieldWork → FIELD_WORK. */
const enumName = (v: unknown): string | null =>
  v === null || v === undefined
    ? null
    : String(v)
        .replace(/([a-z])([A-Z])/g, '$1_$2')
        .toUpperCase();
const SQL_NOW = (d: Date) => d;

interface Caller {
  accountId: number;
  role: string;
  contractorField: string | null;
}

export async function createBaseline(config: Config): Promise<{ app: express.Express; close(): Promise<void> }> {
  const sql = await openSql(config);
  const tokens = new TokenService({ secret: config.jwtSecret, issuer: config.jwtIssuer, audience: config.jwtAudience, ttlSeconds: config.accessTokenTtlSeconds });
  const hasher = new PasswordHasher({ memoryKiB: config.argon2MemoryKiB, timeCost: config.argon2TimeCost });

  /** The same checks as the API: signature and claims, then the session, the account and (for contractors) the field. */
  async function caller(req: Request): Promise<Caller | null | 'refused'> {
    const header = req.headers.authorization;
    if (!header) return null;
    const match = /^Bearer ([A-Za-z0-9._~+/=-]{1,4096})$/.exec(header);
    const claims = match ? tokens.verifyAccess(match[1]) : null;
    if (!claims) return 'refused';
    const [row] = await sql.all<{ accountId: number; revokedAt: unknown; expiresAt: unknown; status: string; role: string; fieldCode: string | null }>(
      'SELECT s.accountId, s.revokedAt, s.expiresAt, a.status, a.role, k.fieldCode FROM session s INNER JOIN account a ON a.id = s.accountId LEFT JOIN contractor k ON k.id = a.contractorId WHERE s.id = ?',
      [claims.sid],
    );
    if (!row || String(row.accountId) !== claims.sub || row.revokedAt || new Date(instant(row.expiresAt)!) <= new Date() || row.status !== 'active') return 'refused';
    return { accountId: Number(row.accountId), role: row.role, contractorField: row.fieldCode };
  }

  const field = (f: Record<string, unknown>) => ({ code: upper(f.fieldCode), nameJa: f.nameJa, nameEn: f.nameEn, __typename: 'Field' });

  /**
   * Staff reads of personal fields, as the API's audit collects them (core/audit.ts): per type, the
   * records with a value in a marked field, the fields that had one, the members they are about.
   */
  class PiiReads {
    private types = new Map<string, { ids: Set<string>; fields: Set<string>; subjects: Set<number> }>();
    read(typeName: string, id: unknown, fields: Record<string, unknown>, subject: number): void {
      for (const [name, value] of Object.entries(fields)) {
        if (value === null || value === undefined) continue;
        let entry = this.types.get(typeName);
        if (!entry) this.types.set(typeName, (entry = { ids: new Set(), fields: new Set(), subjects: new Set() }));
        entry.ids.add(String(id));
        entry.fields.add(name);
        entry.subjects.add(subject);
      }
    }
    rows(req: Request, who: Caller, operation: string, at: Date): AuditRow[] {
      const requestId = crypto.randomUUID();
      return [...this.types].map(([targetType, e]) => ({
        at,
        actorId: who.accountId,
        actorRole: who.role,
        action: 'pii.read',
        outcome: 'success',
        operation,
        targetType,
        targetIdList: [...e.ids].join(','),
        fieldList: [...e.fields].join(','),
        reason: null,
        ip: String(req.ip ?? '').slice(0, 64),
        requestId,
        subjectIds: [...e.subjects],
      }));
    }
  }

  /**
   * Appends audit rows as the API's sink does (audit-log.sink.ts): in one transaction, the chain
   * head locked, one multi-row insert of the chained rows, the head moved, then the members each
   * row is about into audit_subject, 500 a statement.
   */
  async function appendAudit(rows: AuditRow[]): Promise<void> {
    if (rows.length === 0) return;
    await sql.transaction(async (tx) => {
      const [head] = await tx.all<{ lastHash: string }>(`SELECT lastHash FROM audit_chain_head WHERE id = ?${tx.forUpdate}`, [CHAIN_HEAD_ID]);
      if (!head) throw new Error('audit_chain_head has no row: run the migrations');
      let prev = head.lastHash;
      const chained = rows.map((row) => {
        const c = chainRow(row, prev);
        prev = c.hash;
        return c;
      });
      const columns = [
        'at',
        'actorId',
        'actorRole',
        'action',
        'outcome',
        'operation',
        'targetType',
        'targetIdList',
        'fieldList',
        'reason',
        'ip',
        'requestId',
        'subjectIdList',
        'ipDigest',
        'prevHash',
        'hash',
      ] as const;
      const inserted = await tx.run(
        `INSERT INTO audit_log (${columns.join(', ')}) VALUES ${chained.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ')}`,
        chained.flatMap((c) => columns.map((k) => c[k])),
      );
      const lastId = inserted.insertId + chained.length - 1;
      await tx.run('UPDATE audit_chain_head SET lastId = ?, lastHash = ? WHERE id = ?', [lastId, prev, CHAIN_HEAD_ID]);
      const subjects = rows.flatMap((row, i) => [...new Set(row.subjectIds ?? [])].map((accountId) => [inserted.insertId + i, accountId]));
      for (let i = 0; i < subjects.length; i += 500) {
        const chunk = subjects.slice(i, i + 500);
        await tx.run(`INSERT INTO audit_subject (auditId, accountId) VALUES ${chunk.map(() => '(?, ?)').join(', ')}`, chunk.flat());
      }
    }, 'server default');
  }

  const handlers: Record<string, (req: Request, who: Caller | null, variables: Record<string, unknown>) => Promise<unknown>> = {
    /** The fixed cost of a request: no field, no SQL beyond the caller's session. */
    async Typename() {
      return { __typename: 'Query' };
    },
    async Fields() {
      const rows = await sql.all('SELECT code AS fieldCode, nameJa, nameEn, years FROM field ORDER BY sortOrder ASC');
      return { fields: rows.map((f) => ({ ...field(f), years: f.years, __typename: 'Field' })) };
    },
    async OpenCohorts() {
      const now = new Date();
      const rows = await sql.all(
        'SELECT h.id, h.academicYear, h.capacity, h.applicationOpensAt, h.applicationClosesAt, h.startsOn, h.endsOn, h.selectionMethod, h.status, c.id AS courseId, c.title, c.titleEn, c.years, c.fieldCode, f.nameJa, f.nameEn ' +
          'FROM cohort h INNER JOIN course c ON c.id = h.courseId INNER JOIN field f ON f.code = c.fieldCode WHERE h.status = ? AND h.applicationOpensAt <= ? AND h.applicationClosesAt > ? ORDER BY h.applicationClosesAt ASC, h.id ASC',
        ['open', SQL_NOW(now), SQL_NOW(now)],
      );
      return {
        openCohorts: rows.map((h) => ({
          id: String(h.id),
          academicYear: h.academicYear,
          capacity: h.capacity,
          applicationOpensAt: instant(h.applicationOpensAt),
          applicationClosesAt: instant(h.applicationClosesAt),
          startsOn: h.startsOn,
          endsOn: h.endsOn,
          selectionMethod: upper(h.selectionMethod),
          status: upper(h.status),
          __typename: 'Cohort',
          course: { id: String(h.courseId), title: h.title, titleEn: h.titleEn, field: field(h), __typename: 'Course', years: h.years },
        })),
      };
    },
    async PublicNotices() {
      const rows = await sql.all(
        'SELECT id, title, body, publishedAt FROM notice WHERE audience = ? AND publishedAt IS NOT NULL AND withdrawnAt IS NULL ORDER BY publishedAt DESC, id DESC LIMIT 20',
        ['public'],
      );
      return { publicNotices: rows.map((n) => ({ id: String(n.id), title: n.title ?? '', body: n.body ?? '', createdAt: instant(n.publishedAt), __typename: 'PublicNotice' })) };
    },
    async MyAccount(_req, who) {
      if (!who) return { me: null };
      const now = new Date();
      const [a] = await sql.all('SELECT id, loginId, name, nameKana, email, phone, residency, address, workplaceOrSchool, createdAt, emailVerifiedAt FROM account WHERE id = ?', [
        who.accountId,
      ]);
      if (!a) return { me: null };
      const [pending] = await sql.all('SELECT email FROM account_token WHERE accountId = ? AND purpose = ? AND usedAt IS NULL AND expiresAt > ? ORDER BY id DESC LIMIT 1', [
        a.id,
        'confirm_email_change',
        now,
      ]);
      return {
        me: {
          id: String(a.id),
          loginId: a.loginId,
          name: a.name,
          nameKana: a.nameKana,
          email: a.email,
          pendingEmail: pending?.email ?? null,
          emailConfirmed: a.emailVerifiedAt !== null,
          phone: a.phone,
          residency: upper(a.residency),
          address: a.address,
          workplaceOrSchool: a.workplaceOrSchool,
          createdAt: instant(a.createdAt),
          __typename: 'Account',
        },
      };
    },
    async UnreadNoticeCount(_req, who) {
      if (!who) throw Object.assign(new Error('auth'), { status: 'UNAUTHENTICATED' });
      const places = await sql.all<{ cohortId: number; fieldCode: string; outcome: string | null }>(
        'SELECT a.cohortId, h.fieldCode, c.outcome FROM application a INNER JOIN cohort h ON h.id = a.cohortId LEFT JOIN completion c ON c.accountId = a.accountId AND c.cohortId = a.cohortId WHERE a.accountId = ?',
        [who.accountId],
      );
      const cohorts = [...new Set(places.map((p) => Number(p.cohortId)))];
      const fields = [...new Set(places.map((p) => p.fieldCode))];
      const alumni = places.filter((p) => p.outcome === 'completed');
      const alumniCohorts = [...new Set(alumni.map((p) => Number(p.cohortId)))];
      const alumniFields = [...new Set(alumni.map((p) => p.fieldCode))];
      let where = '(audience = ? AND accountId = ?) OR audience IN (?, ?)';
      const params: unknown[] = ['member', who.accountId, 'all_members', 'public'];
      if (cohorts.length) {
        where += ` OR (audience = ? AND cohortId IN (${cohorts.map(() => '?').join(',')}))`;
        params.push('cohort', ...cohorts);
      }
      if (fields.length) {
        where += ` OR (audience = ? AND fieldCode IN (${fields.map(() => '?').join(',')}))`;
        params.push('field', ...fields);
      }
      if (alumniCohorts.length) {
        where += ` OR audience = ? OR (audience = ? AND cohortId IN (${alumniCohorts.map(() => '?').join(',')})) OR (audience = ? AND fieldCode IN (${alumniFields.map(() => '?').join(',')}))`;
        params.push('alumni', 'alumni_cohort', ...alumniCohorts, 'alumni_field', ...alumniFields);
      }
      const notices = await sql.all<{ id: number }>(
        `SELECT id FROM notice WHERE (${where}) AND publishedAt IS NOT NULL AND withdrawnAt IS NULL ORDER BY publishedAt DESC, id DESC LIMIT 200`,
        params,
      );
      if (!notices.length) return { unreadNoticeCount: 0 };
      const [read] = await sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM notice_read WHERE accountId = ? AND noticeId IN (${notices.map(() => '?').join(',')})`, [
        who.accountId,
        ...notices.map((n) => n.id),
      ]);
      return { unreadNoticeCount: notices.length - Number(read.n) };
    },
    async MyApplications(_req, who) {
      if (!who) throw Object.assign(new Error('auth'), { status: 'UNAUTHENTICATED' });
      const rows = await sql.all(
        'SELECT a.id, a.code, a.status, a.offerDeadline, a.submittedAt, a.cohortId, h.academicYear, h.startsOn, h.endsOn, h.status AS cohortStatus, h.applicationOpensAt, h.applicationClosesAt, ' +
          'c.id AS courseId, c.title, c.titleEn, c.fieldCode, f.nameJa, f.nameEn, d.commitment, d.seed, e.id AS enrollmentId, e.studentNumber, e.enrolledAt, e.withdrawnAt ' +
          'FROM application a INNER JOIN cohort h ON h.id = a.cohortId INNER JOIN course c ON c.id = h.courseId INNER JOIN field f ON f.code = c.fieldCode ' +
          'LEFT JOIN lottery_draw d ON d.cohortId = h.id LEFT JOIN enrollment e ON e.applicationId = a.id WHERE a.accountId = ? ORDER BY a.submittedAt DESC, a.id DESC',
        [who.accountId],
      );
      const announced = (s: unknown) => ['announced', 'running', 'finished'].includes(String(s));
      const waiting = rows.filter((a) => a.status === 'waitlisted' && announced(a.cohortStatus)).map((a) => Number(a.cohortId));
      const rank = new Map<number, number>();
      if (waiting.length) {
        const list = await sql.all<{ id: number; cohortId: number }>(
          `SELECT id, cohortId FROM application WHERE cohortId IN (${waiting.map(() => '?').join(',')}) AND status = ? ORDER BY waitlistPosition ASC, id ASC`,
          [...waiting, 'waitlisted'],
        );
        const seen = new Map<number, number>();
        for (const w of list) {
          const n = (seen.get(Number(w.cohortId)) ?? 0) + 1;
          seen.set(Number(w.cohortId), n);
          rank.set(Number(w.id), n);
        }
      }
      const now = new Date();
      return {
        myApplications: rows.map((a) => {
          const hidden = ['offered', 'waitlisted', 'rejected'].includes(String(a.status)) && !announced(a.cohortStatus);
          const accepting = a.cohortStatus === 'open' && new Date(instant(a.applicationOpensAt)!) <= now && now < new Date(instant(a.applicationClosesAt)!);
          return {
            id: String(a.id),
            code: a.code,
            status: hidden ? 'SUBMITTED' : upper(a.status),
            waitlistPosition: a.status === 'waitlisted' && !hidden ? (rank.get(Number(a.id)) ?? null) : null,
            offerDeadline: instant(a.offerDeadline),
            submittedAt: instant(a.submittedAt),
            cohort: {
              id: String(a.cohortId),
              academicYear: a.academicYear,
              startsOn: a.startsOn,
              endsOn: a.endsOn,
              status: upper(a.cohortStatus),
              acceptingApplications: accepting,
              course: { id: String(a.courseId), title: a.title, titleEn: a.titleEn, field: field(a), __typename: 'Course' },
              lottery: a.commitment ? { commitment: a.commitment, seed: a.seed, __typename: 'LotteryInfo' } : null,
              __typename: 'Cohort',
            },
            enrollment: a.enrollmentId
              ? { id: String(a.enrollmentId), studentNumber: a.studentNumber, enrolledAt: instant(a.enrolledAt), withdrawnAt: instant(a.withdrawnAt), __typename: 'Enrollment' }
              : null,
            __typename: 'Application',
          };
        }),
      };
    },
    async CohortApplications(req, who, variables) {
      if (!who || !['ward_staff', 'ward_admin', 'contractor_staff'].includes(who.role)) throw Object.assign(new Error('auth'), { status: 'FORBIDDEN' });
      const [cohort] = await sql.all<{ id: number }>(`SELECT id FROM cohort WHERE id = ?${who.contractorField ? ' AND fieldCode = ?' : ''}`, [
        Number(variables.cohortId),
        ...(who.contractorField ? [who.contractorField] : []),
      ]);
      if (!cohort) throw Object.assign(new Error('not found'), { status: 'NOT_FOUND' });
      // The console's first page: no filter, no search, in submission order (all the baseline answers).
      const offset = Number(variables.offset ?? 0);
      const limit = Number(variables.limit ?? 50);
      if (variables.search || variables.descending || (variables.orderBy ?? 'SUBMITTED') !== 'SUBMITTED' || Object.values(variables.filter ?? {}).some((v) => v !== null))
        throw Object.assign(new Error('the baseline answers only the first, unfiltered page'), { status: 'BAD_USER_INPUT' });
      const rows = await sql.all(
        'SELECT a.id, a.code, a.status, a.eligible, a.ineligibleReason, a.ineligibleReasonCode, a.decision, a.decisionReason, a.eligibilityBasis, a.workplaceOrSchool, a.motivation, a.submittedAt, a.waitlistPosition, a.offerDeadline, ' +
          `p.id AS accountId, p.name, p.nameKana FROM application a INNER JOIN account p ON p.id = a.accountId WHERE a.cohortId = ? ORDER BY a.submittedAt ASC, a.id ASC LIMIT ${limit} OFFSET ${offset}`,
        [cohort.id],
      );
      const total =
        rows.length < limit && (rows.length > 0 || offset === 0)
          ? offset + rows.length
          : Number((await sql.all<{ n: number }>('SELECT COUNT(*) AS n FROM application a WHERE a.cohortId = ?', [cohort.id]))[0].n);
      const rank = new Map<number, number>();
      const waiting = rows.filter((a) => a.status === 'waitlisted');
      if (waiting.length) {
        const list = await sql.all<{ id: number }>('SELECT id FROM application WHERE cohortId = ? AND status = ? ORDER BY waitlistPosition ASC, id ASC', [cohort.id, 'waitlisted']);
        list.forEach((w, i) => rank.set(Number(w.id), i + 1));
      }
      // The same audit of the staff read as the API's (which records, which fields, the members they are about), chained:
      // the marked fields of each application as the page is written, then each applicant's name (a loader).
      const reads = new PiiReads();
      for (const a of rows)
        reads.read('Application', a.id, { eligibilityBasis: a.eligibilityBasis, workplaceOrSchool: a.workplaceOrSchool, motivation: a.motivation }, Number(a.accountId));
      for (const a of rows) reads.read('Account', a.accountId, { name: a.name, nameKana: a.nameKana }, Number(a.accountId));
      await appendAudit(reads.rows(req, who, 'query applicationPage', new Date()));
      return {
        applicationPage: {
          total,
          items: rows.map((a) => ({
            id: String(a.id),
            code: a.code,
            status: upper(a.status),
            eligible: bool(a.eligible),
            ineligibleReason: a.ineligibleReason,
            ineligibleReasonCode: a.ineligibleReasonCode,
            decision: upper(a.decision),
            decisionReason: a.decisionReason,
            eligibilityBasis: upper(a.eligibilityBasis),
            workplaceOrSchool: a.workplaceOrSchool,
            motivation: a.motivation,
            submittedAt: instant(a.submittedAt),
            waitlistPosition: a.status === 'waitlisted' ? (rank.get(Number(a.id)) ?? null) : null,
            offerDeadline: instant(a.offerDeadline),
            applicant: { id: String(a.accountId), name: a.name, nameKana: a.nameKana, __typename: 'Account' },
            __typename: 'Application',
          })),
          __typename: 'ApplicationPage',
        },
      };
    },
    async ConsoleAttendanceGrid(req, who, variables) {
      const at = new Date();
      if (!who) throw Object.assign(new Error('auth'), { status: 'UNAUTHENTICATED' });
      if (!['ward_staff', 'ward_admin', 'contractor_staff'].includes(who.role)) throw Object.assign(new Error('auth'), { status: 'FORBIDDEN' });
      const id = /^\d{1,10}$/.test(String(variables.cohortId)) ? Number(variables.cohortId) : 0;
      if (id <= 0 || id > 2147483647) throw Object.assign(new Error('not found'), { status: 'NOT_FOUND' });
      // The cohort (a contractor's only in its field), its sessions and their changes in one statement.
      const sessionRows = await sql.all(
        'SELECT h.id AS cohortId, s.id, s.title, s.kind, s.venue, s.startsAt, s.endsAt, s.countsTowardCompletion, s.requiredForCompletion, s.cancelledAt, s.cancelReason, ' +
          'c.id AS changeId, c.at, c.kind AS changeKind, c.fromStartsAt, c.fromEndsAt, c.fromVenue, c.toStartsAt, c.toEndsAt, c.toVenue, c.reason ' +
          'FROM cohort h LEFT JOIN class_session s ON s.cohortId = h.id LEFT JOIN class_session_change c ON c.classSessionId = s.id ' +
          `WHERE h.id = ?${who.contractorField ? ' AND h.fieldCode = ?' : ''} ORDER BY s.startsAt ASC, s.id ASC, c.at ASC, c.id ASC`,
        [id, ...(who.contractorField ? [who.contractorField] : [])],
      );
      if (!sessionRows.length) throw Object.assign(new Error('not found'), { status: 'NOT_FOUND' });
      const sessions: Record<string, unknown>[] = [];
      for (const r of sessionRows) {
        if (r.id === null) continue;
        let session = sessions[sessions.length - 1];
        if (!session || session.id !== String(r.id)) {
          session = {
            id: String(r.id),
            cohortId: String(r.cohortId),
            title: r.title,
            kind: enumName(r.kind),
            venue: r.venue,
            startsAt: instant(r.startsAt),
            endsAt: instant(r.endsAt),
            countsTowardCompletion: bool(r.countsTowardCompletion),
            requiredForCompletion: bool(r.requiredForCompletion),
            cancelledAt: instant(r.cancelledAt),
            cancelReason: r.cancelReason,
            changes: [],
            __typename: 'ClassSession',
          };
          sessions.push(session);
        }
        if (r.changeId !== null)
          (session.changes as unknown[]).push({
            id: String(r.changeId),
            at: instant(r.at),
            kind: enumName(r.changeKind),
            fromStartsAt: instant(r.fromStartsAt),
            fromEndsAt: instant(r.fromEndsAt),
            fromVenue: r.fromVenue,
            toStartsAt: instant(r.toStartsAt),
            toEndsAt: instant(r.toEndsAt),
            toVenue: r.toVenue,
            reason: r.reason,
            __typename: 'ClassSessionChange',
          });
      }
      const students = await sql.all(
        'SELECT e.id, e.studentNumber, e.withdrawnAt, e.accountId, a.id AS studentId, a.name, a.nameKana FROM enrollment e LEFT JOIN account a ON a.id = e.accountId WHERE e.cohortId = ? ORDER BY e.studentNumber ASC, e.id ASC',
        [id],
      );
      const recorded = new Map<string, { id: number; statusCode: string }>();
      if (sessions.length) {
        const rows = await sql.all<{ id: number; classSessionId: number; enrollmentId: number; statusCode: string }>(
          'SELECT a.id, a.classSessionId, a.enrollmentId, a.statusCode FROM attendance a INNER JOIN class_session s ON s.id = a.classSessionId WHERE s.cohortId = ?',
          [id],
        );
        for (const a of rows) recorded.set(`${a.classSessionId}:${a.enrollmentId}`, a);
      }
      // The audit in the order the API's resolvers collect it: student numbers, the cells (synchronous), then the names (a loader).
      const reads = new PiiReads();
      for (const e of students) reads.read('Enrollment', e.id, { studentNumber: e.studentNumber }, Number(e.accountId));
      const cells: unknown[] = [];
      for (const session of sessions) {
        for (const e of students) {
          const a = recorded.get(`${session.id}:${e.id}`);
          if (a) reads.read('AttendanceCell', a.id, { statusCode: a.statusCode }, Number(e.accountId));
          cells.push({ classSessionId: session.id, enrollmentId: String(e.id), statusCode: a?.statusCode ?? null, __typename: 'AttendanceCell' });
        }
      }
      for (const e of students) if (e.studentId !== null) reads.read('Account', e.studentId, { name: e.name, nameKana: e.nameKana }, Number(e.studentId));
      await appendAudit(reads.rows(req, who, 'query attendanceGrid', at));
      return {
        attendanceGrid: {
          cohortId: String(id),
          sessions,
          students: students.map((e) => ({
            id: String(e.id),
            studentNumber: e.studentNumber,
            withdrawnAt: instant(e.withdrawnAt),
            student: e.studentId === null ? null : { id: String(e.studentId), name: e.name, nameKana: e.nameKana, __typename: 'Account' },
            __typename: 'Enrollment',
          })),
          cells,
          __typename: 'AttendanceGrid',
        },
      };
    },
    async ApplyToCohort(req, who, variables) {
      if (!who || who.role !== 'member') throw Object.assign(new Error('auth'), { status: 'FORBIDDEN' });
      const input = variables.input as Record<string, unknown>;
      const now = new Date();
      const result = await sql.transaction(async (tx) => {
        const [cohort] = await tx.all<{ id: number; status: string; applicationOpensAt: unknown; applicationClosesAt: unknown; eligibilityRule: string }>(
          `SELECT h.id, h.status, h.applicationOpensAt, h.applicationClosesAt, c.eligibilityRule FROM cohort h INNER JOIN course c ON c.id = h.courseId WHERE h.id = ?${tx.forShare}`,
          [Number(input.cohortId)],
        );
        const accepting = cohort && cohort.status === 'open' && new Date(instant(cohort.applicationOpensAt)!) <= now && now < new Date(instant(cohort.applicationClosesAt)!);
        if (!accepting) throw Object.assign(new Error('closed'), { status: 'CONFLICT' });
        const [dup] = await tx.all('SELECT 1 AS x FROM application WHERE cohortId = ? AND accountId = ? LIMIT 1', [cohort.id, who.accountId]);
        if (dup) throw Object.assign(new Error('duplicate'), { status: 'CONFLICT' });
        const basis = String(input.eligibilityBasis).toLowerCase();
        const eligible = cohort.eligibilityRule.split(',').includes(basis);
        const code = 'A' + crypto.randomBytes(6).toString('hex').slice(0, 8).toUpperCase();
        const inserted = await tx.run(
          'INSERT INTO application (code, cohortId, accountId, eligibilityBasis, workplaceOrSchool, motivation, preferredContact, emailAlerts, eligible, ineligibleReason, ineligibleReasonCode, status, decision, decisionReason, waitlistPosition, offerDeadline, submittedAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [
            code,
            cohort.id,
            who.accountId,
            basis,
            input.workplaceOrSchool ?? null,
            input.motivation ?? null,
            String(input.preferredContact).toLowerCase(),
            !!input.emailAlerts,
            eligible,
            null,
            eligible ? null : 'eligibility.basisNotAccepted',
            'submitted',
            null,
            null,
            null,
            null,
            now,
            now,
          ],
        );
        await tx.run('INSERT INTO application_event (applicationId, at, fromStatus, toStatus, actorId, reason) VALUES (?, ?, ?, ?, ?, ?)', [
          inserted.insertId,
          now,
          null,
          'submitted',
          who.accountId,
          'applied',
        ]);
        return { id: inserted.insertId, code };
      });
      await sql.run(
        'INSERT INTO audit_log (at, actorId, actorRole, action, outcome, operation, targetType, targetIdList, fieldList, reason, ip, requestId) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
          now,
          who.accountId,
          who.role,
          'mutation',
          'success',
          'mutation applyToCohort',
          'Application',
          String(result.id),
          null,
          null,
          String(req.ip ?? '').slice(0, 64),
          crypto.randomUUID(),
        ],
      );
      return { applyToCohort: { id: String(result.id), code: result.code, status: 'SUBMITTED', __typename: 'Application' } };
    },
    async Login(req, _who, variables) {
      const now = new Date();
      const ipKey = `ip:${String(req.ip ?? '')}`.slice(0, 80);
      const since = new Date(now.getTime() - config.loginIpWindowSeconds * 1000);
      const [recent] = await sql.all<{ n: number }>('SELECT COUNT(*) AS n FROM login_failure WHERE throttleKey = ? AND at > ?', [ipKey, since]);
      const id = String(variables.identifier).trim();
      const [account] = await sql.all<{
        id: number;
        loginId: string;
        name: string;
        role: string;
        passwordHash: string;
        lockedUntil: unknown;
        status: string;
        emailVerifiedAt: unknown;
        mustChangePassword: unknown;
        secondFactorAt: unknown;
      }>(
        `SELECT id, loginId, name, role, passwordHash, lockedUntil, status, emailVerifiedAt, mustChangePassword, secondFactorAt FROM account WHERE ${id.includes('@') ? 'email' : 'loginId'} = ?`,
        [id.includes('@') ? id.toLowerCase() : id.toUpperCase()],
      );
      const ok =
        Number(recent.n) < config.loginMaxFailuresPerIp &&
        account &&
        account.status === 'active' &&
        !(account.lockedUntil && new Date(instant(account.lockedUntil)!) > now) &&
        (await hasher.verify(account.passwordHash, String(variables.password)));
      // Members with a second factor are not benched: the baseline answers only the one-step login.
      if (!ok || account.secondFactorAt) throw Object.assign(new Error('login failed'), { status: 'UNAUTHENTICATED' });
      // The member's standing towards the privacy notice in force: the same one statement as the product's login.
      const [notice] =
        account.role === 'member'
          ? await sql.all<{ answered: string | null; granted: unknown; current: string | null }>(
              "SELECT (SELECT c.version FROM consent c WHERE c.accountId = a.id AND c.kind = 'privacy-notice' ORDER BY c.id DESC LIMIT 1) AS answered, " +
                "(SELECT c.granted FROM consent c WHERE c.accountId = a.id AND c.kind = 'privacy-notice' ORDER BY c.id DESC LIMIT 1) AS granted, " +
                'COALESCE((SELECT v.version FROM privacy_notice_version v WHERE v.effectiveFrom <= ? ORDER BY v.effectiveFrom DESC, v.id DESC LIMIT 1), ' +
                '(SELECT v.version FROM privacy_notice_version v ORDER BY v.effectiveFrom ASC, v.id ASC LIMIT 1)) AS current FROM account a WHERE a.id = ?',
              [now, account.id],
            )
          : [null];
      const granted = notice?.granted === null || notice?.granted === undefined ? null : Boolean(Number(notice.granted));
      const asked = !!notice && notice.current !== null && notice.answered !== null && !(notice.answered === notice.current && granted === true);
      const declined = !!notice && notice.current !== null && notice.answered === notice.current && granted === false;
      const pendingActions = [
        ...(account.role === 'member' && account.emailVerifiedAt === null ? ['CONFIRM_EMAIL'] : []),
        ...(Number(account.mustChangePassword) ? ['CHANGE_PASSWORD'] : []),
        ...(account.role !== 'member' && account.role !== 'reporting' && account.secondFactorAt === null ? ['ENROL_SECOND_FACTOR'] : []),
        ...(asked ? ['ACCEPT_PRIVACY_NOTICE'] : []),
      ];
      const sessionId = crypto.randomUUID();
      const refreshToken = newRefreshToken();
      await sql.transaction(async (tx) => {
        await tx.run('UPDATE account SET failedLoginCount = 0, lockedUntil = NULL WHERE id = ?', [account.id]);
        await tx.run('INSERT INTO session (id, accountId, createdAt, expiresAt, revokedAt, revokedReason) VALUES (?, ?, ?, ?, ?, ?)', [
          sessionId,
          account.id,
          now,
          new Date(now.getTime() + config.refreshTokenTtlSeconds * 1000),
          null,
          null,
        ]);
        await tx.run('INSERT INTO refresh_token (sessionId, tokenHash, createdAt, usedAt) VALUES (?, ?, ?, ?)', [sessionId, sha256(refreshToken), now, null]);
      });
      await sql.run(
        'INSERT INTO audit_log (at, actorId, actorRole, action, outcome, operation, targetType, targetIdList, fieldList, reason, ip, requestId) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
          now,
          account.id,
          account.role,
          'login.success',
          'success',
          'mutation login',
          'Account',
          String(account.id),
          null,
          null,
          String(req.ip ?? '').slice(0, 64),
          crypto.randomUUID(),
        ],
      );
      const accessToken = tokens.signAccess({ sub: String(account.id), sid: sessionId, role: account.role as never });
      return {
        login: {
          accessToken,
          refreshToken,
          expiresIn: tokens.ttlSeconds,
          account: {
            id: String(account.id),
            loginId: account.loginId,
            name: account.name,
            role: upper(account.role),
            pendingActions,
            privacyNoticeDeclined: declined,
            __typename: 'Account',
          },
          secondFactor: null,
          __typename: 'AuthPayload',
        },
      };
    },
  };

  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', config.trustProxy);
  app.post('/graphql', express.json({ limit: '64kb' }), async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    const body = req.body as { operationName?: string; variables?: Record<string, unknown> };
    const handler = body?.operationName ? handlers[body.operationName] : undefined;
    if (!handler) return void res.status(400).send(JSON.stringify({ errors: [{ message: 'unknown operation' }] }) + '\n');
    try {
      const who = await caller(req);
      if (who === 'refused') return void res.status(401).send(JSON.stringify({ errors: [{ message: 'refused', extensions: { code: 'UNAUTHENTICATED' } }] }) + '\n');
      res.send(JSON.stringify({ data: await handler(req, who, body.variables ?? {}) }) + '\n');
    } catch (error) {
      const code = (error as { status?: string }).status ?? 'INTERNAL_SERVER_ERROR';
      res.status(code === 'UNAUTHENTICATED' ? 401 : 200).send(JSON.stringify({ errors: [{ message: (error as Error).message, extensions: { code } }], data: null }) + '\n');
    }
  });
  return { app, close: () => sql.close() };
}
