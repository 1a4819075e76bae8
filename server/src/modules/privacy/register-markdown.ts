import fs from 'node:fs';
import path from 'node:path';
import { buildAppSchema } from '../../core/graphql/schema';
import { personalDataRegister, type RegisterRow } from './privacy.service';
import { READER_SELF } from './privacy.types';
import { DEFAULT_RETENTION } from '../../config';
import { RETENTION_RULES, ruleOfCategory } from './retention-rules';

/** Japanese names for the codes in the register: the admin console's labels, so the file and the screen say the same. */
export interface RegisterLabels {
  entities: Record<string, string>;
  fields: Record<string, string>;
  categories: Record<string, string>;
  /** Role enum values (e.g. WARD_STAFF), and SELF for the member themself. */
  readers: Record<string, string>;
}

/** Code-point order, the same on every machine (localeCompare depends on the locale). */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
const code = (s: string) => '`' + s + '`';
const UNIT_JA: Record<string, string> = { months: 'か月', years: '年', days: '日' };
const named = (label: string | undefined, name: string) => (label && label !== name ? `${cell(label)}<br>${code(name)}` : code(name));

function readers(row: RegisterRow, labels: RegisterLabels): string {
  if (!row.exposedAs.length) return 'なし（API では読めません。データベースにのみ保存）';
  if (!row.readableBy.length) return 'なし';
  return row.readableBy.map((r) => cell(labels.readers[r] ?? r)).join('、');
}

/**
 * The register of personal information as Markdown, for the council's review: one table per
 * category, rows sorted by where the field is stored and its name. Pure: the same rows and
 * labels give the same text, so a test can compare it with the committed file.
 */
export function registerMarkdown(rows: readonly RegisterRow[], labels: RegisterLabels): string {
  const known = Object.keys(labels.categories);
  const categories = [...new Set(rows.map((r) => r.category))].sort((a, b) => {
    const [i, j] = [known.indexOf(a), known.indexOf(b)];
    return (i < 0 ? known.length : i) - (j < 0 ? known.length : j) || cmp(a, b);
  });
  const out: string[] = [
    '# 個人情報の登録簿（Personal information register）',
    '',
    '<!-- `npm run schema` がプログラムのコードから生成します。手で編集しないでください。 -->',
    '',
    'このシステムが保有する個人情報の項目と、その利用目的・保存期間・閲覧できる者の一覧です。',
    'プログラムで個人情報に付けた印（`@Personal`）と、各項目のアクセス規則から生成されるため、システムの実際の動作と一致します。',
    '職員による個人情報の閲覧は、すべて監査ログに記録されます。',
    '',
    '- 閲覧できる者：項目のアクセス規則（項目そのものの規則、なければその型の既定の規則）を、各役割が持つ権限と突き合わせて求めたものです。',
    `- 「${labels.readers[READER_SELF] ?? READER_SELF}」は、その情報の本人が自分の記録を読めることを表します。`,
    '- 役割が読める記録は、さらに範囲で限られます（委託事業者の職員は担当する分野の記録だけ、`staff:read` は職員のアカウントだけ）。',
    '',
    `項目数：${rows.length}`,
    '',
    '## 保存期間の規則',
    '',
    '保存期間を過ぎた情報は、各サーバーで動く削除の処理（`privacy.retention`）が、次の規則のとおり消去・削除します。期間は設定で変えられます（ここに示すのは既定値）。職員は管理画面の「保存期間」で、削除の前に対象の件数を確かめられます（個人の情報は表示しません）。',
    '',
    '| 規則 | 内容 | 設定 | 既定値 |',
    '| --- | --- | --- | --- |',
    ...RETENTION_RULES.map((r) => `| ${code(r.id)} | ${cell(r.descriptionJa(DEFAULT_RETENTION))} | ${code(r.setting)} | ${r.value(DEFAULT_RETENTION)} ${UNIT_JA[r.unit]} |`),
  ];
  for (const category of categories) {
    const list = rows.filter((r) => r.category === category).sort((a, b) => cmp(a.entity, b.entity) || cmp(a.field, b.field));
    out.push(
      '',
      `## ${cell(labels.categories[category] ?? category)}（${code(category)}）`,
      '',
      '| 保存場所 | 項目 | 利用目的 | Purpose (English) | 保存期間 | 保存期間の規則 | 閲覧できる者 | アクセス規則 |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const r of list) {
      out.push(
        '| ' +
          [
            named(labels.entities[r.entity], r.entity),
            named(labels.fields[r.field], r.field),
            cell(r.purposeJa),
            cell(r.purpose),
            cell(r.retentionJa),
            code(ruleOfCategory(r.category).id),
            readers(r, labels),
            r.access.length ? r.access.map(code).join(' ') : '—',
          ].join(' | ') +
          ' |',
      );
    }
  }
  return out.join('\n') + '\n';
}

/** The console's Japanese labels (admin-client/src/locales/ja.json), read from the repository at `root`. */
export function consoleLabels(root: string): RegisterLabels {
  const ja = JSON.parse(fs.readFileSync(path.join(root, 'admin-client', 'src', 'locales', 'ja.json'), 'utf8')) as {
    register: { entities: Record<string, string>; fields: Record<string, string>; categories: Record<string, string>; self: string };
    role: Record<string, string>;
  };
  const { entities, fields, categories, self } = ja.register;
  return { entities, fields, categories, readers: { ...ja.role, [READER_SELF]: self } };
}

/** The committed docs/personal-data-register.md: the register of the schema the server builds, with the console's labels. */
export async function renderRegisterFile(resolvers: readonly Function[], root: string): Promise<string> {
  return registerMarkdown(personalDataRegister(await buildAppSchema({ resolvers })), consoleLabels(root));
}
