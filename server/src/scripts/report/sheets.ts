/**
 * The report's tables, one per sheet, built from the API's answers: Japanese headings and labels,
 * counts and rates kept as they came (a suppressed cell stays suppressed). The writers
 * (workbook.ts) turn them into an .xlsx or CSV files.
 */
import { ACTIVE_FIELD_JA, BASIS_JA, FIELD_JA, label, NO_COURSE_JA, REASON_JA, STATUS_JA, TOTAL_JA } from './labels';

export interface FigureCell {
  value: number | null;
  suppressed: boolean;
}

export type Value = { kind: 'text'; text: string } | { kind: 'int'; value: number } | { kind: 'count'; cell: FigureCell } | { kind: 'rate'; cell: FigureCell } | { kind: 'blank' };

export interface Column {
  header: string;
  /** Characters, for the workbook. */
  width: number;
  /** A note on the heading (what the column counts). */
  note?: string;
}

export interface Table {
  /** The sheet name (at most 31 characters, none of : \ / ? * [ ]) and the CSV file's suffix. */
  name: string;
  /** One line on the 説明 sheet. */
  description: string;
  columns: Column[];
  rows: Value[][];
  /** Columns of labels on the left, frozen with the heading row. */
  labelColumns: number;
}

const text = (t: string): Value => ({ kind: 'text', text: t });
const int = (value: number): Value => ({ kind: 'int', value });
const count = (cell: FigureCell): Value => ({ kind: 'count', cell });
const rate = (cell: FigureCell): Value => ({ kind: 'rate', cell });
const blank: Value = { kind: 'blank' };

/* The shapes of the answers, as the operation files select them. */
interface FieldFigures {
  fieldCode: string | null;
  applications: FigureCell;
  eligible: FigureCell;
  accepted: FigureCell;
  enrolled: FigureCell;
  withdrawn: FigureCell;
  completed: FigureCell;
  notCompleted: FigureCell;
  completionRate: FigureCell;
  meanAttendanceRate: FigureCell;
}
interface EnrollmentFigures {
  academicYear: number;
  threshold: number;
  fields: FieldFigures[];
  total: FieldFigures;
  withdrawnByReason: Array<{ reason: string; count: FigureCell }>;
}
type CohortCells = Pick<FieldFigures, 'applications' | 'enrolled' | 'withdrawn' | 'completed' | 'notCompleted' | 'completionRate' | 'meanAttendanceRate'>;
interface CohortFigures {
  academicYear: number;
  threshold: number;
  cohorts: Array<CohortCells & { cohortId: string; fieldCode: string; courseTitle: string; startsOn: string }>;
  total: CohortCells;
}
type TrendYear = Pick<EnrollmentFigures, 'academicYear' | 'threshold'> & {
  fields: Array<Pick<FieldFigures, 'fieldCode' | 'applications' | 'enrolled' | 'completed' | 'completionRate'>>;
  total: Pick<FieldFigures, 'fieldCode' | 'applications' | 'enrolled' | 'completed' | 'completionRate'>;
};
interface ActivityMatrix {
  academicYear: number | null;
  threshold: number;
  rows: Array<{ studiedField: string; cells: Array<{ activeField: string; count: FigureCell }>; total: FigureCell }>;
  columnTotals: Array<{ activeField: string; count: FigureCell }>;
  grandTotal: FigureCell;
}
interface AlumniActivity {
  academicYear: number | null;
  threshold: number;
  byActiveField: Array<{ activeField: string; count: FigureCell }>;
  total: FigureCell;
}
interface SurveyFieldFigures {
  fieldCode: string | null;
  invited: FigureCell;
  answered: FigureCell;
  notAnswered: FigureCell;
  responseRate: FigureCell;
}
interface SurveyResponseRates {
  academicYear: number;
  threshold: number;
  waves: Array<{ offsetMonths: number; fields: SurveyFieldFigures[]; total: SurveyFieldFigures }>;
}
interface IntroductionOutcomes {
  academicYear: number;
  threshold: number;
  rows: Array<{ studiedField: string | null; cells: Array<{ status: string; count: FigureCell }>; total: FigureCell }>;
  columnTotals: Array<{ status: string; count: FigureCell }>;
  grandTotal: FigureCell;
  joinedRate: FigureCell;
}
interface BasisTable {
  rows: Array<{ fieldCode: string; cells: Array<{ basis: string; count: FigureCell }>; total: FigureCell }>;
  columnTotals: Array<{ basis: string; count: FigureCell }>;
  grandTotal: FigureCell;
}
interface EligibilityFigures {
  academicYear: number;
  threshold: number;
  applications: BasisTable;
  completions: BasisTable;
}

/** The answers of the operations, by the field each one asks for. */
export interface Answers {
  enrollmentFigures?: EnrollmentFigures;
  cohortFigures?: CohortFigures;
  enrollmentTrend?: TrendYear[];
  studiedActiveMatrix?: ActivityMatrix;
  alumniActivity?: AlumniActivity;
  surveyResponseRates?: SurveyResponseRates;
  introductionOutcomes?: IntroductionOutcomes;
  eligibilityFigures?: EligibilityFigures;
}

const FIELD_COLUMN: Column = { header: '分野', width: 14 };
const COUNT_WIDTH = 12;
const fieldName = (code: string | null) => label(FIELD_JA, code);

function enrollmentTables(f: EnrollmentFigures): Table[] {
  const columns: Column[] = [
    FIELD_COLUMN,
    { header: '申込', width: COUNT_WIDTH, note: '受け付けた申込の数（その後の結果を問わない）' },
    { header: '受講資格あり', width: COUNT_WIDTH, note: '受講資格があると確認された申込' },
    { header: '受講決定', width: COUNT_WIDTH, note: '受講が決まった申込（選考・繰り上げ。回答を問わない）' },
    { header: '受講', width: COUNT_WIDTH, note: '受講を確定した受講生' },
    { header: '退学・取りやめ', width: COUNT_WIDTH, note: '受講を確定した後、開講前に取りやめた、または退学した受講生' },
    { header: '修了', width: COUNT_WIDTH, note: '修了判定：修了' },
    { header: '未修了', width: COUNT_WIDTH, note: '修了判定：未修了' },
    { header: '修了率', width: COUNT_WIDTH, note: '修了 ÷（修了＋未修了）' },
    { header: '平均出席率', width: COUNT_WIDTH, note: '修了判定を行った受講生の、出席回数 ÷ 予定回数 の平均' },
  ];
  const row = (x: FieldFigures): Value[] => [
    text(fieldName(x.fieldCode)),
    count(x.applications),
    count(x.eligible),
    count(x.accepted),
    count(x.enrolled),
    count(x.withdrawn),
    count(x.completed),
    count(x.notCompleted),
    rate(x.completionRate),
    rate(x.meanAttendanceRate),
  ];
  const withdrawn: FigureCell = f.total.withdrawn;
  return [
    {
      name: '受講状況',
      description: `${f.academicYear}年度に開講した期の申込から修了までの人数と割合（分野別）`,
      columns,
      rows: [...f.fields.map(row), row(f.total)],
      labelColumns: 1,
    },
    {
      name: '退学の理由',
      description: `${f.academicYear}年度に開講した期の退学・取りやめの理由別の人数（理由の記録がない取りやめは「その他」）`,
      columns: [
        { header: '理由', width: 16 },
        { header: '人数', width: COUNT_WIDTH },
      ],
      rows: [...f.withdrawnByReason.map((r) => [text(label(REASON_JA, r.reason)), count(r.count)]), [text(TOTAL_JA), count(withdrawn)]],
      labelColumns: 1,
    },
  ];
}

function trendTable(years: TrendYear[], fromYear: number, toYear: number): Table {
  const rows: Value[][] = [];
  for (const y of years)
    for (const x of [...y.fields, y.total])
      rows.push([int(y.academicYear), text(fieldName(x.fieldCode)), count(x.applications), count(x.enrolled), count(x.completed), rate(x.completionRate)]);
  return {
    name: '年度別推移',
    description: `${fromYear}〜${toYear}年度の申込・受講・修了の人数と修了率（年度ごとに秘匿）`,
    columns: [
      { header: '年度', width: 8 },
      FIELD_COLUMN,
      { header: '申込', width: COUNT_WIDTH },
      { header: '受講', width: COUNT_WIDTH },
      { header: '修了', width: COUNT_WIDTH },
      { header: '修了率', width: COUNT_WIDTH, note: '修了 ÷（修了＋未修了）' },
    ],
    rows,
    labelColumns: 2,
  };
}

const yearText = (year: number | null) => (year === null ? 'すべての年度' : `${year}年度`);

function matrixTable(m: ActivityMatrix): Table {
  const activeColumns = m.columnTotals.map((c) => c.activeField);
  return {
    name: '受講分野×活動分野',
    description: `${yearText(m.academicYear)}に修了した修了生の、受講した分野 × 現在の活動の分野（人数。2分野で活動する人は両方に数えます）`,
    columns: [
      { header: '受講した分野＼活動分野', width: 22 },
      ...activeColumns.map((a) => ({ header: label(ACTIVE_FIELD_JA, a), width: a === 'NONE' || a === 'OTHER' ? 16 : COUNT_WIDTH })),
      { header: TOTAL_JA, width: COUNT_WIDTH },
    ],
    rows: [
      ...m.rows.map((r) => [text(fieldName(r.studiedField)), ...activeColumns.map((a) => count(r.cells.find((c) => c.activeField === a)!.count)), count(r.total)]),
      [text(TOTAL_JA), ...m.columnTotals.map((c) => count(c.count)), count(m.grandTotal)],
    ],
    labelColumns: 1,
  };
}

function alumniTable(a: AlumniActivity): Table {
  return {
    name: '活動分野別修了生',
    description: `${yearText(a.academicYear)}に修了した修了生の、現在の活動の分野別の人数（受講分野×活動分野の合計の行と同じ数）`,
    columns: [
      { header: '活動分野', width: 18 },
      { header: '修了生', width: COUNT_WIDTH },
    ],
    rows: [...a.byActiveField.map((c) => [text(label(ACTIVE_FIELD_JA, c.activeField)), count(c.count)]), [text(TOTAL_JA), count(a.total)]],
    labelColumns: 1,
  };
}

function surveyTable(s: SurveyResponseRates): Table {
  const rows: Value[][] = [];
  for (const w of s.waves)
    for (const x of [...w.fields, w.total])
      rows.push([text(`修了後${w.offsetMonths}か月`), text(fieldName(x.fieldCode)), count(x.invited), count(x.answered), count(x.notAnswered), rate(x.responseRate)]);
  if (!rows.length) rows.push([text('該当する実施回はありません'), blank, blank, blank, blank, blank]);
  return {
    name: 'アンケート回答率',
    description: `${s.academicYear}年度に開講した期の修了生への追跡アンケートの回答率（実施時期・分野別）`,
    columns: [
      { header: '実施時期', width: 14 },
      FIELD_COLUMN,
      { header: '依頼', width: COUNT_WIDTH, note: '回答を依頼した数（回答＋未回答）' },
      { header: '回答', width: COUNT_WIDTH },
      { header: '未回答', width: COUNT_WIDTH, note: '辞退、未回答、期限切れ、同意の撤回による取り消し' },
      { header: '回答率', width: COUNT_WIDTH, note: '回答 ÷ 依頼' },
    ],
    rows,
    labelColumns: 2,
  };
}

function introductionTable(n: IntroductionOutcomes): Table {
  const statuses = n.columnTotals.map((c) => c.status);
  return {
    name: 'お引き合わせの結果',
    description: `${n.academicYear}年度に行った地域団体へのお引き合わせの、現在の状況別の件数（受講した分野別）`,
    columns: [
      { header: '受講した分野', width: 18 },
      ...statuses.map((st) => ({ header: label(STATUS_JA, st), width: COUNT_WIDTH })),
      { header: TOTAL_JA, width: COUNT_WIDTH },
      { header: '参加率', width: COUNT_WIDTH, note: '参加した ÷（参加した＋合わなかった）。合計の行だけに示します' },
    ],
    rows: [
      ...n.rows.map((r) => [
        text(label(FIELD_JA, r.studiedField, NO_COURSE_JA)),
        ...statuses.map((st) => count(r.cells.find((c) => c.status === st)!.count)),
        count(r.total),
        blank,
      ]),
      [text(TOTAL_JA), ...n.columnTotals.map((c) => count(c.count)), count(n.grandTotal), rate(n.joinedRate)],
    ],
    labelColumns: 1,
  };
}

function eligibilityTable(e: EligibilityFigures): Table {
  const bases = e.applications.columnTotals.map((c) => c.basis);
  const rows: Value[][] = [];
  for (const [kind, table] of [
    ['申込', e.applications],
    ['修了', e.completions],
  ] as const) {
    for (const r of table.rows) rows.push([text(kind), text(fieldName(r.fieldCode)), ...bases.map((b) => count(r.cells.find((c) => c.basis === b)!.count)), count(r.total)]);
    rows.push([text(kind), text(TOTAL_JA), ...table.columnTotals.map((c) => count(c.count)), count(table.grandTotal)]);
  }
  return {
    name: '受講資格別',
    description: `${e.academicYear}年度の申込と修了の、受講資格（区内在住・在勤・在学）別の人数（申込と修了はそれぞれ一つの表として秘匿）`,
    columns: [{ header: '区分', width: 8 }, FIELD_COLUMN, ...bases.map((b) => ({ header: label(BASIS_JA, b), width: COUNT_WIDTH })), { header: TOTAL_JA, width: COUNT_WIDTH }],
    rows,
    labelColumns: 2,
  };
}

function cohortTable(f: CohortFigures): Table {
  const columns: Column[] = [
    FIELD_COLUMN,
    { header: '講座', width: 28 },
    { header: '開講日', width: 12 },
    { header: '申込', width: COUNT_WIDTH },
    { header: '受講', width: COUNT_WIDTH },
    { header: '退学・取りやめ', width: COUNT_WIDTH },
    { header: '修了', width: COUNT_WIDTH },
    { header: '未修了', width: COUNT_WIDTH },
    { header: '修了率', width: COUNT_WIDTH },
    { header: '平均出席率', width: COUNT_WIDTH },
  ];
  const cells = (x: CohortCells): Value[] => [
    count(x.applications),
    count(x.enrolled),
    count(x.withdrawn),
    count(x.completed),
    count(x.notCompleted),
    rate(x.completionRate),
    rate(x.meanAttendanceRate),
  ];
  return {
    name: '期別',
    description: `${f.academicYear}年度に開講した期ごとの申込から修了までの人数と割合（各列を期の間で秘匿）`,
    columns,
    rows: [
      ...f.cohorts.map((c) => [text(fieldName(c.fieldCode)), text(c.courseTitle), text(c.startsOn.replace(/-/g, '/')), ...cells(c)]),
      [text('合計'), text(''), text(''), ...cells(f.total)],
    ],
    labelColumns: 3,
  };
}

/** The tables of the answers given, in the workbook's order. */
export function buildTables(answers: Answers, year: number): Table[] {
  const tables: Table[] = [];
  if (answers.enrollmentFigures) tables.push(...enrollmentTables(answers.enrollmentFigures));
  if (answers.cohortFigures) tables.push(cohortTable(answers.cohortFigures));
  if (answers.enrollmentTrend) tables.push(trendTable(answers.enrollmentTrend, year - 4, year));
  if (answers.studiedActiveMatrix) tables.push(matrixTable(answers.studiedActiveMatrix));
  if (answers.alumniActivity) tables.push(alumniTable(answers.alumniActivity));
  if (answers.surveyResponseRates) tables.push(surveyTable(answers.surveyResponseRates));
  if (answers.introductionOutcomes) tables.push(introductionTable(answers.introductionOutcomes));
  if (answers.eligibilityFigures) tables.push(eligibilityTable(answers.eligibilityFigures));
  return tables;
}

/** The suppression threshold the answers name (the same in each; the first one found). */
export function thresholdOf(answers: Answers): number | null {
  const all = [
    answers.enrollmentFigures,
    answers.cohortFigures,
    answers.enrollmentTrend?.[0],
    answers.studiedActiveMatrix,
    answers.alumniActivity,
    answers.surveyResponseRates,
    answers.introductionOutcomes,
    answers.eligibilityFigures,
  ];
  return all.find((a) => a !== undefined)?.threshold ?? null;
}
