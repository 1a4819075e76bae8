/**
 * The reporting API over HTTP: each trusted operation (server/src/modules/reporting/operations) is
 * sent as its registered text with a reporting token (Bearer). Refusals and errors become a
 * ReportError with a Japanese and an English sentence; neither ever holds the token.
 */
import { TrustedDocuments, type TrustedDocument } from '../../modules/reporting/trusted-documents';

/** A failure the CLI prints (Japanese, then English) before exiting with status 1. */
export class ReportError extends Error {
  constructor(
    readonly ja: string,
    readonly en: string,
    /** The server's extensions.messageKey or an HTTP status, for tests and scripts. */
    readonly code: string,
  ) {
    super(en);
    this.name = 'ReportError';
  }
}

/** The operations the report runs, in the order of the workbook. */
export const REPORT_OPERATIONS = [
  'EnrollmentFigures',
  'CohortFigures',
  'EnrollmentTrend',
  'StudiedActiveMatrix',
  'AlumniActivity',
  'SurveyResponseRates',
  'IntroductionOutcomes',
  'EligibilityFigures',
] as const;
export type ReportOperation = (typeof REPORT_OPERATIONS)[number];

/** The variables of each operation for an academic year: the trend covers the five years up to it. */
export function variablesFor(operation: ReportOperation, year: number): Record<string, number> {
  return operation === 'EnrollmentTrend' ? { fromYear: year - 4, toYear: year } : { academicYear: year };
}

/** The registered documents this tool sends (the copy next to the code: the build copies the folder). */
export function reportDocuments(): Map<ReportOperation, TrustedDocument> {
  const all = new TrustedDocuments();
  const out = new Map<ReportOperation, TrustedDocument>();
  for (const name of REPORT_OPERATIONS) {
    const doc = all.list().find((d) => d.name === name);
    if (!doc) throw new ReportError(`操作 ${name} の定義ファイルが見つかりません。`, `The operation file ${name}.graphql is missing.`, 'missingDocument');
    out.set(name, doc);
  }
  return out;
}

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message?: string; extensions?: { code?: string; messageKey?: string } }>;
}

/** Never let the token out, whatever a message holds. */
const scrub = (text: string, token: string): string => (token ? text.split(token).join('[token]') : text).slice(0, 300);

function refusal(status: number, operation: string, error: { message?: string; extensions?: { code?: string; messageKey?: string } } | undefined, token: string): ReportError {
  const key = error?.extensions?.messageKey ?? error?.extensions?.code ?? `http${status}`;
  const detail = scrub(error?.message ?? '', token);
  switch (key) {
    case 'reporting.tokenInvalid':
      return new ReportError(
        '集計用トークンが無効です（不明、失効済み、または更新済み）。区の管理者に新しいトークンを発行してもらってください。(HTTP 401)',
        'The reporting token is not valid (unknown, revoked or replaced by a newer one); ask a ward administrator for a new token. (HTTP 401)',
        key,
      );
    case 'reporting.tokenExpired':
      return new ReportError(
        '集計用トークンの有効期限が切れています。区の管理者に新しいトークンを発行してもらってください。(HTTP 401)',
        'The reporting token has expired; ask a ward administrator for a new one. (HTTP 401)',
        key,
      );
    case 'reporting.addressNotAllowed':
      return new ReportError(
        'この集計用トークンは、このネットワークからは使えません。(HTTP 401)',
        'This reporting token is not accepted from this network address. (HTTP 401)',
        key,
      );
    case 'reporting.operationNotAllowed':
      return new ReportError(
        `この集計クライアントには操作 ${operation} が許可されていません。区の管理者に、この操作を許可したクライアントを作成してもらうか、--only で実行する操作を絞ってください。(HTTP 403)`,
        `This reporting client may not run ${operation}; ask a ward administrator for a client allowed to, or choose the operations with --only. (HTTP 403)`,
        key,
      );
    case 'reporting.untrustedDocument':
      return new ReportError(
        `操作 ${operation} の定義が、サーバーに登録されているものと一致しません。サーバーと同じ版のツールを使ってください。(HTTP 400)`,
        `The text of ${operation} is not the one the server has registered; use the tool of the same version as the server. (HTTP 400)`,
        key,
      );
    default:
      return new ReportError(`操作 ${operation} が失敗しました（HTTP ${status}、${key}）：${detail}`, `The operation ${operation} failed (HTTP ${status}, ${key}): ${detail}`, key);
  }
}

/** Runs one registered operation and answers its data, or throws a ReportError. */
export async function callOperation(url: string, token: string, document: TrustedDocument, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: document.document, operationName: document.name, variables }),
      redirect: 'error',
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = scrub(cause?.code ?? cause?.message ?? (error as Error).message, token);
    throw new ReportError(`API（${url}）に接続できません：${why}`, `Cannot reach the API at ${url}: ${why}`, 'network');
  }
  let body: GraphQLAnswer;
  try {
    body = (await res.json()) as GraphQLAnswer;
  } catch {
    throw new ReportError(
      `API（${url}）の応答が GraphQL の形式ではありません（HTTP ${res.status}）。URL を確かめてください。`,
      `The answer of ${url} is not GraphQL (HTTP ${res.status}); check the URL.`,
      `http${res.status}`,
    );
  }
  if (!res.ok || body.errors?.length) throw refusal(res.status, document.name, body.errors?.[0], token);
  if (!body.data) throw refusal(res.status, document.name, undefined, token);
  return body.data;
}
