import type { EntityManager } from 'typeorm';
import type { Ctx } from '../../core/context';
import { badField, notFound, parseId } from '../../core/errors';
import { Role } from '../permissions';
import { EXPORT_SECTIONS, type ExportSection, type PersonalTable } from '../../core/personal-data';
import { toTokyoIso } from '../../core/graphql/scalars';
import type { PersonalTables } from './personal-tables';

/** One table's rows of the member, with every column but the secret ones, under their property names. */
export interface ExportedTable {
  entity: string;
  title: string;
  rows: Record<string, unknown>[];
}

export interface ExportedSection {
  key: ExportSection;
  title: string;
  tables: ExportedTable[];
}

/** One staff read of the member's personal information, as the access history shows it. */
export interface AccessHistoryEntry {
  at: Date;
  /** The kinds of data read: type names such as Account or Application. */
  dataKinds: string[];
  action: string;
  operation: string | null;
  organisation: string;
  contractor: boolean;
  staffCode: string;
}

export interface PersonalDataDocument {
  format: 'college-portal/personal-data-export';
  version: 1;
  producedAt: string;
  accountId: number;
  sections: ExportedSection[];
  /** Names of the courses, groups and class sessions the rows point at, so the file reads on its own. */
  references: { cohorts: Record<string, string>; groups: Record<string, string>; classSessions: Record<string, string>; districts: Record<string, string> };
  accessHistory: Array<Omit<AccessHistoryEntry, 'at'> & { at: string }>;
}

/**
 * The member's data export (開示): every declared table's rows of the member, as JSON and as a
 * readable Japanese document. What is exported comes from the modules' declarations
 * (core/personal-data.ts), column by column, so a column added later is included.
 */
export class PersonalExportService {
  private readonly tables: readonly PersonalTable[];

  constructor(
    private readonly personal: PersonalTables,
    private readonly accessHistory: (ctx: Ctx, accountId: number, offset: number, limit: number) => Promise<{ items: AccessHistoryEntry[]; total: number }>,
  ) {
    this.tables = personal.list;
  }

  /** The caller's own export. Audited (what was exported, never the values), though it is not a staff read. */
  async own(ctx: Ctx): Promise<{ fileName: string; json: string; html: string }> {
    const accountId = ctx.user!.accountId;
    const file = await this.file(ctx, accountId);
    ctx.audit.add({ action: 'privacy.export', outcome: 'success', targetType: 'Account', targetIds: [accountId], subjectIds: [] });
    return file;
  }

  /** Ward staff produce the export for a member who asked at the counter, by post or through a representative, after checking who they are. */
  async forMember(ctx: Ctx, accountIdArg: string, channel: string, identityChecked: boolean): Promise<{ fileName: string; json: string; html: string }> {
    if (!identityChecked) throw badField('identityChecked', 'privacy.identityNotChecked', 'Check who is asking (an identity document) before producing their data.');
    const accountId = parseId(accountIdArg, 'member');
    const [account] = (await ctx.em.query('SELECT id, role FROM account WHERE id = ?', [accountId])) as Array<{ id: number; role: string }>;
    if (!account || account.role !== Role.MEMBER) throw notFound('member');
    const file = await this.file(ctx, accountId);
    ctx.audit.add({ action: 'privacy.exportForMember', outcome: 'success', targetType: 'Account', targetIds: [accountId], reason: channel });
    return file;
  }

  private async file(ctx: Ctx, accountId: number): Promise<{ fileName: string; json: string; html: string }> {
    const doc = await this.collect(ctx, accountId);
    const [{ loginId }] = (await ctx.em.query('SELECT loginId FROM account WHERE id = ?', [accountId])) as Array<{ loginId: string }>;
    const day = doc.producedAt.slice(0, 10).replaceAll('-', '');
    return { fileName: `personal-data-${loginId}-${day}`, json: JSON.stringify(doc, null, 2), html: this.html(doc) };
  }

  declarations(): readonly PersonalTable[] {
    return this.tables;
  }

  async collect(ctx: Ctx, accountId: number): Promise<PersonalDataDocument> {
    const em = ctx.em;
    const sections = new Map<ExportSection, ExportedSection>();
    for (const key of Object.keys(EXPORT_SECTIONS) as ExportSection[]) sections.set(key, { key, title: EXPORT_SECTIONS[key], tables: [] });
    const refs = { cohorts: new Set<number>(), groups: new Set<number>(), classSessions: new Set<number>(), districts: new Set<string>() };
    for (const table of this.tables) {
      const metadata = em.connection.getMetadata(table.entity);
      const order = table.orderBy ?? metadata.primaryColumns[0].propertyName;
      const found = await em
        .getRepository(table.entity)
        .createQueryBuilder('t')
        .where(this.personal.ownerCondition(em, table, 't').replace('?', ':accountId'), { accountId })
        .orderBy(`t.${order}`, 'ASC')
        .getMany();
      const secret = new Set(table.secret ?? []);
      // A foreign key declared only through its relation has the relation's name: not a value of its own.
      const columns = metadata.columns.filter((c) => !(c.relationMetadata && c.propertyName === c.relationMetadata.propertyName) && !secret.has(c.propertyName));
      const rows = found.map((entity) => {
        const row: Record<string, unknown> = {};
        for (const c of columns) row[c.propertyName] = plain(c.getEntityValue(entity));
        if (typeof row.cohortId === 'number') refs.cohorts.add(row.cohortId);
        if (typeof row.groupId === 'number') refs.groups.add(row.groupId);
        if (typeof row.classSessionId === 'number') refs.classSessions.add(row.classSessionId);
        if (typeof row.districtCode === 'string') refs.districts.add(row.districtCode);
        return row;
      });
      sections.get(table.section)!.tables.push({ entity: metadata.name, title: table.titleJa, rows });
    }
    const history = await this.accessHistory(ctx, accountId, 0, 10_000);
    return {
      format: 'college-portal/personal-data-export',
      version: 1,
      producedAt: toTokyoIso(ctx.now),
      accountId,
      sections: [...sections.values()].filter((s) => s.tables.some((t) => t.rows.length > 0)),
      references: await this.references(em, refs),
      accessHistory: history.items.map((h) => ({ ...h, at: toTokyoIso(h.at) })),
    };
  }

  /** The readable document: Japanese headings and labels, coded values in words, dates in Japanese. */
  html(doc: PersonalDataDocument): string {
    const byEntity = new Map(this.tables.map((t) => [t.entity.name, t]));
    const labels = {
      dataKind: (kind: string) => byEntity.get(kind)?.titleJa ?? DATA_KINDS_JA[kind] ?? '登録内容',
      action: (action: string) => ACTIONS_JA[action] ?? '閲覧',
    };
    const out: string[] = [];
    out.push(
      '<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>個人情報の開示</title>',
      '<style>body{font-family:sans-serif;line-height:1.6;margin:2rem;color:#1a1a1a}h1{font-size:1.5rem}h2{font-size:1.25rem;border-bottom:2px solid #333;margin-top:2rem}h3{font-size:1.05rem;margin-top:1.25rem}table{border-collapse:collapse;margin:.5rem 0;width:100%}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f0f0f0;width:14rem}td{white-space:pre-wrap}.none{color:#555}</style>',
      '</head><body>',
      '<h1>個人情報の開示（パワーアップカレッジねりま）</h1>',
      `<p>作成日時：${escapeHtml(japaneseDateTime(doc.producedAt))}</p>`,
      '<p>練馬区がこのシステムで保有している、あなたの個人情報のすべてです。パスワードなど、安全のために保存している暗号化された値は含みません。</p>',
    );
    for (const section of doc.sections) {
      out.push(`<h2>${escapeHtml(section.title)}</h2>`);
      for (const table of section.tables) {
        if (table.rows.length === 0) continue;
        const declared = byEntity.get(table.entity)!;
        table.rows.forEach((row, i) => {
          out.push(`<h3>${escapeHtml(declared.titleJa)}${table.rows.length > 1 ? ` ${i + 1}` : ''}</h3><table>`);
          for (const [column, label] of Object.entries(declared.labels)) {
            const text = this.cell(doc, declared, column, row[column]);
            out.push(`<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(text)}</td></tr>`);
          }
          out.push('</table>');
        });
      }
    }
    out.push('<h2>職員があなたの情報を見た記録</h2>');
    if (doc.accessHistory.length === 0) out.push('<p class="none">記録はありません。</p>');
    else {
      out.push('<table><thead><tr><th scope="col">日時</th><th scope="col">情報の種類</th><th scope="col">操作</th><th scope="col">見た人</th></tr></thead><tbody>');
      for (const h of doc.accessHistory) {
        out.push(
          `<tr><td>${escapeHtml(japaneseDateTime(h.at))}</td><td>${escapeHtml(h.dataKinds.map(labels.dataKind).join('、'))}</td><td>${escapeHtml(labels.action(h.action))}</td><td>${escapeHtml(`${h.contractor ? '委託事業者 ' : ''}${h.organisation} ${h.staffCode}`)}</td></tr>`,
        );
      }
      out.push('</tbody></table>');
    }
    out.push('</body></html>');
    return out.join('\n');
  }

  private cell(doc: PersonalDataDocument, table: PersonalTable, column: string, value: unknown): string {
    if (value === null || value === undefined || value === '') return '—';
    if (column === 'cohortId') return doc.references.cohorts[String(value)] ?? String(value);
    if (column === 'groupId') return doc.references.groups[String(value)] ?? String(value);
    if (column === 'classSessionId') return doc.references.classSessions[String(value)] ?? String(value);
    if (column === 'districtCode') return doc.references.districts[String(value)] ?? String(value);
    const words = table.values?.[column];
    const word = (v: string) => words?.[v] ?? v;
    if (typeof value === 'boolean') return word(String(value));
    if (Array.isArray(value)) return value.map((v) => word(String(v))).join('、');
    const text = String(value);
    if (/^\d{4}-\d{2}-\d{2}T/.test(text)) return japaneseDateTime(text);
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return japaneseDate(text);
    if (words && /List$/.test(column)) return text.split(',').filter(Boolean).map(word).join('、');
    if (column === 'answers') return answersText(text);
    return word(text);
  }

  private async references(
    em: EntityManager,
    refs: { cohorts: Set<number>; groups: Set<number>; classSessions: Set<number>; districts: Set<string> },
  ): Promise<PersonalDataDocument['references']> {
    const result: PersonalDataDocument['references'] = { cohorts: {}, groups: {}, classSessions: {}, districts: {} };
    const list = (ids: Set<unknown>) => [...ids].map(() => '?').join(',');
    if (refs.districts.size) {
      const rows = (await em.query(`SELECT code, nameJa FROM district WHERE code IN (${list(refs.districts)})`, [...refs.districts])) as Array<{ code: string; nameJa: string }>;
      for (const r of rows) result.districts[r.code] = r.nameJa;
    }
    if (refs.cohorts.size) {
      const rows = (await em.query(
        `SELECT h.id AS id, c.title AS title, h.academicYear AS year FROM cohort h JOIN course c ON c.id = h.courseId WHERE h.id IN (${list(refs.cohorts)})`,
        [...refs.cohorts],
      )) as Array<{ id: number; title: string; year: number }>;
      for (const r of rows) result.cohorts[String(r.id)] = `${r.title}（${r.year}年度）`;
    }
    if (refs.groups.size) {
      const rows = (await em.query(`SELECT id, name FROM community_group WHERE id IN (${list(refs.groups)})`, [...refs.groups])) as Array<{ id: number; name: string }>;
      for (const r of rows) result.groups[String(r.id)] = r.name;
    }
    if (refs.classSessions.size) {
      const rows = (await em.query(`SELECT id, title, startsAt FROM class_session WHERE id IN (${list(refs.classSessions)})`, [...refs.classSessions])) as Array<{
        id: number;
        title: string;
        startsAt: Date | string;
      }>;
      for (const r of rows) {
        const at = r.startsAt instanceof Date ? r.startsAt : new Date(`${String(r.startsAt).replace(' ', 'T')}Z`);
        result.classSessions[String(r.id)] = `${r.title}（${japaneseDateTime(toTokyoIso(at))}）`;
      }
    }
    return result;
  }
}

/** Types that are views over the tables (staff screens), in the member's words. */
const DATA_KINDS_JA: Readonly<Record<string, string>> = {
  SessionAttendanceRow: '出欠',
  AttendanceCell: '出欠',
  StudentProgress: '受講の状況',
  CompletionPreviewRow: '修了の判定',
  CertificateView: '修了証',
};

/** What staff did, as the access history says it. */
export const ACTIONS_JA: Readonly<Record<string, string>> = {
  'pii.read': '閲覧',
  'roster.export': '名簿の書き出し',
  'survey.exportNamed': 'アンケート回答の書き出し（氏名つき）',
  'certificate.download': '修了証の印刷',
  'privacy.exportForMember': '開示書類の作成',
  'disclosure.sheet': '団体への紹介シートの作成',
};

function plain(value: unknown): unknown {
  if (value instanceof Date) return toTokyoIso(value);
  return value ?? null;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** 2026-04-01T10:00:00+09:00 → 2026年4月1日 10:00 (the instant is already in Tokyo time). */
function japaneseDateTime(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日 ${m[4]}:${m[5]}` : iso;
}

function japaneseDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Survey answers are stored as JSON; the document shows each answer's value, one per line. */
function answersText(json: string): string {
  try {
    const parsed = JSON.parse(json) as Record<string, unknown> | unknown[];
    const entries = Array.isArray(parsed) ? parsed.map((v, i) => [String(i + 1), v] as const) : Object.entries(parsed);
    return entries.map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`).join('\n');
  } catch {
    return json;
  }
}
