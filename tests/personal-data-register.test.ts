import fs from 'node:fs';
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { startTestServer, type TestServer } from './helpers/server';
import { errorCodes, ok } from './helpers/intake';
import { staffToken } from './helpers/staff-token';
import { buildSchemaForTests, coordinates } from './helpers/schema';
import { buildAppSchema } from '../server/src/core/graphql/schema';
import { resolverClasses } from '../server/src/modules';
import { PrivacyResolver } from '../server/src/modules/privacy/privacy.resolver';
import { personalDataRegister, readersOf, type RegisterRow } from '../server/src/modules/privacy/privacy.service';
import { consoleLabels, registerMarkdown, renderRegisterFile } from '../server/src/modules/privacy/register-markdown';
import { Permission, ROLE_PERMISSIONS, Role, SELF } from '../server/src/modules/permissions';

/**
 * The register of personal information (issue 13, point 7): who can read each marked field is
 * derived from the access rules of the built schema and the roles' permissions; the committed
 * docs/personal-data-register.md is what the code emits; the API gives it to audit:read only.
 */
const ROOT = path.join(__dirname, '..');
let schema: GraphQLSchema;
let rows: RegisterRow[];
const row = (entity: string, field: string) => {
  const r = rows.find((x) => x.entity === entity && x.field === field);
  if (!r) throw new Error(`${entity}.${field} is not in the register`);
  return r;
};

beforeAll(async () => {
  schema = await buildSchemaForTests();
  rows = personalDataRegister(schema);
});

describe('who can read each field, derived from the rules', () => {
  test('Account.email: the ward and contractor roles with member:read, the auditor only through staff:read (staff accounts), and the member themself', () => {
    const email = row('Account', 'email');
    expect(email.access.sort()).toEqual([Permission.MemberRead, SELF, Permission.StaffRead].sort());
    expect(email.readableBy).toEqual(['CONTRACTOR_STAFF', 'WARD_STAFF', 'WARD_ADMIN', 'AUDITOR', 'SELF']);
    expect(email.readableBy).not.toContain('REPORTING');
    expect(email.readableBy).not.toContain('MEMBER');
    expect(email.readableBy).not.toContain('ANONYMOUS');
  });

  test('Account.phone (no staff:read): not the auditor, not reporting', () => {
    const phone = row('Account', 'phone');
    expect(phone.readableBy).toEqual(['CONTRACTOR_STAFF', 'WARD_STAFF', 'WARD_ADMIN', 'SELF']);
  });

  test('a field contractors may read lists CONTRACTOR_STAFF; a ward-only field does not', () => {
    expect(row('Application', 'motivation').readableBy).toEqual(['CONTRACTOR_STAFF', 'WARD_STAFF', 'WARD_ADMIN', 'SELF']);
    // What groups say about alumni: the ward's community section only, never the member, never contractors.
    expect(row('GroupNote', 'text').readableBy).toEqual(['WARD_STAFF', 'WARD_ADMIN']);
    expect(row('CommunityGroup', 'interviewNotes').readableBy).toEqual(['WARD_STAFF', 'WARD_ADMIN']);
  });

  test('a view class is found under its GraphQL name (CertificateView is the type Certificate)', () => {
    const holder = row('CertificateView', 'holderName');
    expect(holder.exposedAs).toEqual(['Certificate']);
    expect(holder.readableBy).toContain('SELF');
    expect(holder.readableBy).toContain('CONTRACTOR_STAFF');
  });

  test('every row agrees with the effective rule the guard enforces on its coordinate, role by role', () => {
    const effective = new Map(coordinates(schema).map((c) => [`${c.type}.${c.field}`, c.access ?? []]));
    for (const r of rows) {
      const codes = new Set(r.exposedAs.flatMap((type) => effective.get(`${type}.${r.field}`) ?? []));
      const expected = Object.entries(Role)
        .filter(([, role]) => ROLE_PERMISSIONS[role].some((c) => codes.has(c)))
        .map(([name]) => name);
      if (codes.has(SELF)) expected.push('SELF');
      expect([`${r.entity}.${r.field}`, r.readableBy]).toEqual([`${r.entity}.${r.field}`, expected]);
      // Every marked field is exposed today, and none is readable by anonymous callers or reporting tools.
      expect([`${r.entity}.${r.field}`, r.exposedAs.length > 0]).toEqual([`${r.entity}.${r.field}`, true]);
      expect(r.readableBy).not.toContain('ANONYMOUS');
      expect(r.readableBy).not.toContain('REPORTING');
    }
  });

  test('codes map to roles through ROLE_PERMISSIONS; public means everyone', () => {
    expect(readersOf([Permission.AuditRead])).toEqual(['WARD_ADMIN', 'AUDITOR']);
    expect(readersOf([SELF, Permission.GroupNoteManage])).toEqual(['WARD_STAFF', 'WARD_ADMIN', 'SELF']);
    expect(readersOf([Permission.ReportRead])).toEqual(['CONTRACTOR_STAFF', 'WARD_STAFF', 'WARD_ADMIN', 'AUDITOR', 'REPORTING']);
    expect(readersOf(['public'])).toEqual(['ANONYMOUS', 'MEMBER', 'CONTRACTOR_STAFF', 'WARD_STAFF', 'WARD_ADMIN', 'AUDITOR', 'REPORTING', 'SELF']);
    expect(readersOf([])).toEqual([]);
  });

  test('a marked field the schema does not expose is readable by no role, and the Markdown says so', async () => {
    // A schema with the privacy operations only: Account and the other entities are not part of it.
    const small = await buildAppSchema({ resolvers: [PrivacyResolver] });
    const email = personalDataRegister(small).find((r) => r.entity === 'Account' && r.field === 'email')!;
    expect(email).toMatchObject({ readableBy: [], access: [], exposedAs: [] });
    const md = registerMarkdown([email], consoleLabels(ROOT));
    expect(md).toContain('| 利用者アカウント<br>`Account` | メールアドレス<br>`email` |');
    expect(md).toContain('なし（API では読めません。データベースにのみ保存）');
  });
});

describe('docs/personal-data-register.md', () => {
  test('the committed file is what the code emits (run `npm run schema`)', async () => {
    const committed = fs.readFileSync(path.join(ROOT, 'docs', 'personal-data-register.md'), 'utf8');
    expect(committed).toBe(await renderRegisterFile(resolverClasses, ROOT));
  });

  test('it lists every marked field once, in Japanese, with the English purpose and the readers by their Japanese role names', () => {
    const md = fs.readFileSync(path.join(ROOT, 'docs', 'personal-data-register.md'), 'utf8');
    const lines = md.split('\n');
    for (const r of rows) {
      const hits = lines.filter((l) => l.includes(`\`${r.entity}\``) && l.includes(`<br>\`${r.field}\` |`));
      expect([`${r.entity}.${r.field}`, hits.length]).toEqual([`${r.entity}.${r.field}`, 1]);
      expect(hits[0]).toContain(r.purposeJa);
      expect(hits[0]).toContain(r.purpose);
      expect(hits[0]).toContain(r.retentionJa);
    }
    const email = lines.find((l) => l.startsWith('| 利用者アカウント<br>`Account` | メールアドレス<br>`email` |'))!;
    expect(email).toContain('| 委託事業者職員、区職員、区管理者、監査担当、本人 |');
    expect(email).not.toContain('集計連携');
    const note = lines.find((l) => l.includes('<br>`GroupNote`') && l.includes('<br>`text` |'))!;
    expect(note).toContain('| 区職員、区管理者 |');
    expect(md).toContain('## 連絡先（`contact`）');
    expect(md).toContain(`項目数：${rows.length}`);
  });

  test('cells with a pipe or a line break stay one table cell', () => {
    const [r] = rows;
    const md = registerMarkdown([{ ...r, purposeJa: '一|二\n三' }], consoleLabels(ROOT));
    expect(md).toContain('| 一\\|二<br>三 |');
  });
});

describe('the register over HTTP', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  const Q = `{ personalDataRegister { entity field category readableBy } }`;

  test('the ward administrator and an auditor read it, with who can read each field', async () => {
    for (const token of [await t.tokenFor('admin'), (await staffToken(t, Role.AUDITOR)).token]) {
      const data = await ok(t, Q, {}, token);
      const list = data.personalDataRegister as Array<{ entity: string; field: string; category: string; readableBy: string[] }>;
      expect(list).toHaveLength(rows.length);
      expect(list).toContainEqual({
        entity: 'Account',
        field: 'email',
        category: 'contact',
        readableBy: ['CONTRACTOR_STAFF', 'WARD_STAFF', 'WARD_ADMIN', 'AUDITOR', 'SELF'],
      });
      expect(list).toContainEqual({ entity: 'GroupNote', field: 'text', category: 'followUp', readableBy: ['WARD_STAFF', 'WARD_ADMIN'] });
      expect(list.map((f) => `${f.entity}.${f.field}:${f.readableBy.join(',')}`)).toEqual(rows.map((r) => `${r.entity}.${r.field}:${r.readableBy.join(',')}`));
    }
  });

  test('members, ward staff and contractor staff are refused; anonymous callers must log in', async () => {
    const member = await t.registerMember();
    expect(errorCodes(await t.gql(Q, {}, { token: member.token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(Q, {}, { token: await t.tokenFor('staff') }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(Q, {}, { token: await t.tokenFor('greenery') }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(Q))).toEqual(['UNAUTHENTICATED']);
  });
});
