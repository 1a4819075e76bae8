import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { FieldCode } from '../catalog';
import { Permission } from '../permissions';
import { TimeOfDay, Weekday } from './consultation.entity';

/**
 * Proposals for a consultation: active groups and published postings ranked by a simple score,
 * every point with its reason, so staff can see why and choose. The points:
 *
 * | reason | points |
 * |---|---|
 * | each field wished for that the group or posting is active in | 3 |
 * | each field the alumnus studied (completed) that it is active in | 2 |
 * | the district wished for | 2; a neighbouring district: 1 |
 * | a posting whose schedule names a day the alumnus is free | 1 a day, up to 2 |
 * | a posting whose schedule falls in a time of day the alumnus is free | 1 |
 * | a posting that especially welcomes alumni of a field they studied | 2 |
 * | a group other alumni joined through an introduction | 1 |
 * | a group this alumnus was introduced to before and found not a fit | −2 |
 *
 * Ties go to postings before groups, then by name. A candidate with no field in common (wished
 * or studied) is not proposed. Nothing is learned or weighted by hand.
 */
export const POINTS = {
  fieldWished: 3,
  fieldStudied: 2,
  sameDistrict: 2,
  neighbouringDistrict: 1,
  dayFree: 1,
  maxDays: 2,
  timeFree: 1,
  alumniWelcome: 2,
  pastJoined: 1,
  notAFitBefore: -2,
} as const;

export enum ProposalKind {
  GROUP = 'group',
  POSTING = 'posting',
}
registerEnumType(ProposalKind, { name: 'ProposalKind' });

export enum ProposalReasonCode {
  FIELD_WISHED = 'fieldWished',
  FIELD_STUDIED = 'fieldStudied',
  SAME_DISTRICT = 'sameDistrict',
  NEIGHBOURING_DISTRICT = 'neighbouringDistrict',
  DAY_FREE = 'dayFree',
  TIME_FREE = 'timeFree',
  ALUMNI_WELCOME = 'alumniWelcome',
  PAST_JOINED = 'pastJoined',
  NOT_A_FIT_BEFORE = 'notAFitBefore',
}
registerEnumType(ProposalReasonCode, { name: 'ProposalReasonCode' });

@Allow(Permission.CommunityManage)
@ObjectType({ description: 'One reason a proposal scores, with its points and what matched.' })
export class ProposalReason {
  @Field(() => ProposalReasonCode)
  code: ProposalReasonCode;

  @Field(() => Int)
  points: number;

  @Field(() => [FieldCode], { description: 'The fields that matched (field reasons).' })
  fieldCodes: FieldCode[];

  @Field(() => [Weekday], { description: 'The days that matched (dayFree).' })
  days: Weekday[];

  @Field(() => [TimeOfDay], { description: 'The times of day that matched (timeFree).' })
  times: TimeOfDay[];

  @Field(() => String, { nullable: true, description: 'The district that matched (district reasons).' })
  districtCode: string | null;

  @Field(() => Int, { nullable: true, description: 'How many alumni joined the group through an introduction (pastJoined).' })
  count: number | null;
}

@Allow(Permission.CommunityManage)
@ObjectType({ description: 'A group or a posting proposed for a consultation, with its score and the reasons.' })
export class Proposal {
  @Field(() => ProposalKind)
  kind: ProposalKind;

  @Field(() => ID)
  groupId: number;

  @Field(() => ID, { nullable: true })
  postingId: number | null;

  @Field(() => String, { description: 'The group’s name, or the posting’s title.' })
  title: string;

  @Field(() => String, { description: 'The group’s name.' })
  groupName: string;

  @Field(() => Int)
  score: number;

  @Field(() => [ProposalReason])
  reasons: ProposalReason[];
}

export interface Wish {
  fieldCodes: FieldCode[];
  districtCode: string | null;
  days: Weekday[];
  times: TimeOfDay[];
  studied: FieldCode[];
}
export interface Candidate {
  kind: ProposalKind;
  groupId: number;
  postingId: number | null;
  title: string;
  groupName: string;
  fieldCodes: FieldCode[];
  districtCode: string;
  /** Postings: the schedule as written, read for days and times. */
  schedule: string | null;
  alumniWelcome: FieldCode[];
  /** Alumni who joined the group through an introduction. */
  joinedBefore?: number;
  /** This alumnus met the group before and it was not a fit. */
  notAFitBefore?: boolean;
}

const DAY_MARKS: Array<[Weekday, RegExp]> = [
  [Weekday.MON, /月曜|\(月\)|（月）/],
  [Weekday.TUE, /火曜|\(火\)|（火）/],
  [Weekday.WED, /水曜|\(水\)|（水）/],
  [Weekday.THU, /木曜|\(木\)|（木）/],
  [Weekday.FRI, /金曜|\(金\)|（金）/],
  [Weekday.SAT, /土曜|\(土\)|（土）|週末|土日/],
  [Weekday.SUN, /日曜|\(日\)|（日）|週末|土日/],
];

/** The days and times a schedule written in Japanese names: 「毎週水曜日 9時〜11時」 → WED, MORNING. */
export function readSchedule(schedule: string): { days: Weekday[]; times: TimeOfDay[] } {
  const text = schedule.normalize('NFKC');
  const days = DAY_MARKS.filter(([, re]) => re.test(text)).map(([d]) => d);
  if (/平日/.test(text)) days.push(Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI);
  const times = new Set<TimeOfDay>();
  if (/午前|朝/.test(text)) times.add(TimeOfDay.MORNING);
  if (/午後|昼/.test(text)) times.add(TimeOfDay.AFTERNOON);
  if (/夜|夕方/.test(text)) times.add(TimeOfDay.EVENING);
  // Hours as written: 9時, 10:00, 18時半; the start hour places it in the day.
  const start = /(\d{1,2})(?:時|:\d{2})/.exec(text);
  if (start) {
    const h = Number(start[1]);
    times.add(h < 12 ? TimeOfDay.MORNING : h < 17 ? TimeOfDay.AFTERNOON : TimeOfDay.EVENING);
  }
  return { days: [...new Set(days)], times: [...times] };
}

/** The score of one candidate for one wish, with every reason. */
export function score(wish: Wish, c: Candidate, neighbours: (district: string) => string[]): Proposal {
  const reasons: ProposalReason[] = [];
  const reason = (code: ProposalReasonCode, points: number, more: Partial<ProposalReason> = {}) =>
    reasons.push({ code, points, fieldCodes: [], days: [], times: [], districtCode: null, count: null, ...more });
  const wished = c.fieldCodes.filter((f) => wish.fieldCodes.includes(f));
  if (wished.length) reason(ProposalReasonCode.FIELD_WISHED, POINTS.fieldWished * wished.length, { fieldCodes: wished });
  const studied = c.fieldCodes.filter((f) => wish.studied.includes(f));
  if (studied.length) reason(ProposalReasonCode.FIELD_STUDIED, POINTS.fieldStudied * studied.length, { fieldCodes: studied });
  if (wish.districtCode) {
    if (c.districtCode === wish.districtCode) reason(ProposalReasonCode.SAME_DISTRICT, POINTS.sameDistrict, { districtCode: c.districtCode });
    else if (neighbours(wish.districtCode).includes(c.districtCode))
      reason(ProposalReasonCode.NEIGHBOURING_DISTRICT, POINTS.neighbouringDistrict, { districtCode: c.districtCode });
  }
  if (c.schedule) {
    const when = readSchedule(c.schedule);
    const days = when.days.filter((d) => wish.days.includes(d)).slice(0, POINTS.maxDays);
    if (days.length) reason(ProposalReasonCode.DAY_FREE, POINTS.dayFree * days.length, { days });
    const times = when.times.filter((x) => wish.times.includes(x));
    if (times.length) reason(ProposalReasonCode.TIME_FREE, POINTS.timeFree, { times });
  }
  const welcome = c.alumniWelcome.filter((f) => wish.studied.includes(f));
  if (welcome.length) reason(ProposalReasonCode.ALUMNI_WELCOME, POINTS.alumniWelcome, { fieldCodes: welcome });
  if (c.joinedBefore) reason(ProposalReasonCode.PAST_JOINED, POINTS.pastJoined, { count: c.joinedBefore });
  if (c.notAFitBefore) reason(ProposalReasonCode.NOT_A_FIT_BEFORE, POINTS.notAFitBefore);
  return {
    kind: c.kind,
    groupId: c.groupId,
    postingId: c.postingId,
    title: c.title,
    groupName: c.groupName,
    score: reasons.reduce((a, r) => a + r.points, 0),
    reasons,
  };
}

/**
 * Candidates ranked: the highest score first; ties to postings, then by title. A candidate with
 * no field in common (wished or studied) is left out, however near it is.
 */
export function rank(wish: Wish, candidates: Candidate[], neighbours: (district: string) => string[]): Proposal[] {
  return candidates
    .map((c) => score(wish, c, neighbours))
    .filter((p) => p.reasons.some((r) => r.code === ProposalReasonCode.FIELD_WISHED || r.code === ProposalReasonCode.FIELD_STUDIED))
    .sort((a, b) => b.score - a.score || (a.kind === b.kind ? 0 : a.kind === ProposalKind.POSTING ? -1 : 1) || a.title.localeCompare(b.title, 'ja'));
}
