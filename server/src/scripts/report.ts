// `npm run report -- --year 2026 --out report.xlsx` (or `--out report.csv`): the ward's yearly report.
// Calls the reporting API over HTTP with a reporting token (cprpt_…, from the environment variable
// REPORTING_TOKEN or --token-file, never from the command line, where `ps` would show it), runs the
// registered reporting operations and writes a workbook with a 説明 sheet and one sheet per report
// (Japanese headings, suppressed cells "x"), or one CSV per sheet (`report-<sheet>.csv`, UTF-8 with BOM).
// Exit status: 0 written; 1 the API refused or failed (nothing is written); 2 wrong usage.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { callOperation, REPORT_OPERATIONS, reportDocuments, ReportError, variablesFor, type ReportOperation } from './report/api';
import { buildTables, thresholdOf, type Answers, type Table } from './report/sheets';
import { publicUrl, writeReport } from './report/workbook';

export { ReportError, REPORT_OPERATIONS } from './report/api';

export const DEFAULT_API_URL = 'http://localhost:4000/graphql';

export interface ReportOptions {
  /** The academic year (April to March). */
  year: number;
  /** An .xlsx file, or a .csv path whose base names the CSV files. */
  out: string;
  /** The GraphQL endpoint, e.g. https://portal.example/graphql. */
  url: string;
  /** A reporting token (cprpt_<id>_<secret>). */
  token: string;
  /** Only these operations (a client allowed fewer); default all of REPORT_OPERATIONS. */
  only?: readonly ReportOperation[];
  /** The time printed on the 説明 sheet (tests). */
  now?: Date;
}

export interface ReportResult {
  files: string[];
  answers: Answers;
  tables: Table[];
}

const usage = (ja: string, en: string) => new ReportError(ja, en, 'usage');

/** Runs the operations (all of them before anything is written) and writes the report. */
export async function runReport(options: ReportOptions): Promise<ReportResult> {
  const { year, out, url, token } = options;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw usage('--year には年度を4桁で指定してください（例：2026）。', '--year must be an academic year such as 2026.');
  if (!/\.(xlsx|csv)$/i.test(out)) throw usage('--out のファイル名は .xlsx または .csv で終わるようにしてください。', '--out must end in .xlsx or .csv.');
  const dir = path.dirname(path.resolve(out));
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw usage(`出力先のフォルダー ${dir} がありません。`, `The folder ${dir} does not exist.`);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw usage('--url（または REPORT_API_URL）が URL ではありません。', '--url (or REPORT_API_URL) is not a URL.');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw usage('--url は http:// または https:// で始めてください。', '--url must start with http:// or https://.');
  if (!token) {
    throw usage(
      '集計用トークンがありません。環境変数 REPORTING_TOKEN か --token-file で渡してください。',
      'No reporting token: set the environment variable REPORTING_TOKEN or pass --token-file.',
    );
  }
  if (!token.startsWith('cprpt_')) {
    throw usage('渡されたトークンは集計用トークン（cprpt_ で始まるもの）ではありません。', 'The token given is not a reporting token (they start with cprpt_).');
  }

  const documents = reportDocuments();
  const operations = options.only?.length ? REPORT_OPERATIONS.filter((o) => options.only!.includes(o)) : [...REPORT_OPERATIONS];
  const answers: Answers = {};
  for (const name of operations) {
    const data = await callOperation(url, token, documents.get(name)!, variablesFor(name, year));
    Object.assign(answers, data);
  }
  const tables = buildTables(answers, year);
  const files = await writeReport(out, tables, {
    year,
    threshold: thresholdOf(answers),
    producedAt: options.now ?? new Date(),
    apiUrl: publicUrl(url),
    operations: operations.map((name) => ({ name, sha256: documents.get(name)!.sha256 })),
  });
  return { files, answers, tables };
}

export interface Io {
  stdout(line: string): void;
  stderr(line: string): void;
}

const HELP = `使い方 / Usage:
  npm run report -- --year <年度> --out <file.xlsx|file.csv> [--url <GraphQL の URL>] [--token-file <path>] [--only <操作,…>]

  --year        年度（4月〜翌年3月）/ the academic year, e.g. 2026
  --out         .xlsx: 1つのブック（説明＋報告ごとのシート）/ one workbook
                .csv:  シートごとの CSV（<名前>-<シート>.csv、UTF-8 BOM 付き）/ one CSV per sheet
  --url         既定 / default: REPORT_API_URL, else ${DEFAULT_API_URL}
  --token-file  集計用トークンを1行で書いたファイル / a file holding the reporting token
                （指定しなければ環境変数 REPORTING_TOKEN / else the variable REPORTING_TOKEN）
  --only        実行する操作だけ / only these operations: ${REPORT_OPERATIONS.join(',')}

  トークンはコマンドラインでは渡せません（ps で見えてしまうため）。
  A token is never taken on the command line (ps would show it).
  終了コード / exit status: 0 書き出した / written, 1 API のエラー / API error (nothing written), 2 使い方の誤り / usage.`;

/** The CLI: parses argv, reads the token, runs the report and prints the result or the error (never the token). */
export async function main(argv: string[], env: NodeJS.ProcessEnv, io: Io): Promise<number> {
  if (argv.some((a) => a === '--token' || a.startsWith('--token='))) {
    io.stderr('エラー：トークンをコマンドラインで渡すことはできません（ps で見えてしまうため）。環境変数 REPORTING_TOKEN か --token-file を使ってください。');
    io.stderr('Error: a token is not accepted on the command line (ps would show it); use REPORTING_TOKEN or --token-file.');
    return 2;
  }
  let values: { year?: string; out?: string; url?: string; 'token-file'?: string; only?: string; help?: boolean };
  try {
    values = parseArgs({
      args: argv,
      options: {
        year: { type: 'string' },
        out: { type: 'string' },
        url: { type: 'string' },
        'token-file': { type: 'string' },
        only: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    io.stderr(`エラー：オプションが正しくありません。/ Error: ${(error as Error).message}`);
    io.stderr(HELP);
    return 2;
  }
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (!values.year || !values.out) {
    io.stderr('エラー：--year と --out は必須です。/ Error: --year and --out are required.');
    io.stderr(HELP);
    return 2;
  }
  let token = env.REPORTING_TOKEN ?? '';
  if (values['token-file']) {
    try {
      token = fs.readFileSync(values['token-file'], 'utf8').trim();
    } catch {
      io.stderr(`エラー：トークンのファイル ${values['token-file']} を読めません。/ Error: cannot read the token file ${values['token-file']}.`);
      return 2;
    }
    try {
      if (process.platform !== 'win32' && fs.statSync(values['token-file']).mode & 0o077) {
        io.stderr(`注意：トークンのファイルを他の利用者も読めます（chmod 600 を勧めます）。/ Warning: the token file is readable by others (chmod 600).`);
      }
    } catch {
      // The mode is only advice.
    }
  }
  token = token.trim();
  const only = values.only
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = only?.find((o) => !(REPORT_OPERATIONS as readonly string[]).includes(o));
  if (unknown !== undefined) {
    io.stderr(`エラー：--only の操作 ${unknown.slice(0, 60)} はありません。/ Error: unknown operation in --only: ${unknown.slice(0, 60)}. (${REPORT_OPERATIONS.join(', ')})`);
    return 2;
  }
  try {
    const result = await runReport({
      year: Number(values.year),
      out: values.out,
      url: values.url ?? env.REPORT_API_URL ?? DEFAULT_API_URL,
      token,
      only: only as ReportOperation[] | undefined,
    });
    io.stdout(`集計を書き出しました / Report written (${values.year}年度):`);
    for (const f of result.files) io.stdout(`  ${f}`);
    return 0;
  } catch (error) {
    const scrub = (s: string) => (token ? s.split(token).join('[token]') : s);
    if (error instanceof ReportError) {
      io.stderr(`エラー：${scrub(error.ja)}`);
      io.stderr(`Error: ${scrub(error.en)}`);
      return error.code === 'usage' ? 2 : 1;
    }
    io.stderr(`エラー：集計を書き出せませんでした。/ Error: the report could not be written: ${scrub((error as Error).message ?? String(error))}`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2), process.env, { stdout: (l) => console.log(l), stderr: (l) => console.error(l) }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`report: ${error instanceof Error ? error.name : 'error'}`);
      process.exitCode = 1;
    },
  );
}
