import { alumniCohort } from './helpers/alumni';
import { startTestServer, type TestServer } from './helpers/server';
import { COURSE, errorCodes, fastMembers, ok, type Member } from './helpers/intake';
import { ProposalKind, ProposalReasonCode, rank, readSchedule, score, type Candidate, type Wish } from '../server/src/modules/community/proposals';
import { FieldCode } from '../server/src/modules/catalog';
import { TimeOfDay, Weekday } from '../server/src/modules/community/consultation.entity';

/**
 * Proposals for a consultation: the score is simple and explained. Cases where the order is
 * obvious, the schedule reader, and the API ranking registered groups and published postings
 * for a real consultation (ward staff only).
 */
describe('reading a schedule written in Japanese', () => {
  test.each([
    ['毎週水曜日 9時〜11時', [Weekday.WED], [TimeOfDay.MORNING]],
    ['3月と9月の日曜日 9時〜12時', [Weekday.SUN], [TimeOfDay.MORNING]],
    ['月1回 土曜日 10時〜11時半', [Weekday.SAT], [TimeOfDay.MORNING]],
    ['平日の午後', [Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI], [TimeOfDay.AFTERNOON]],
    ['毎月第2土曜 18:30〜20:00', [Weekday.SAT], [TimeOfDay.EVENING]],
    ['季節ごと（年4回）', [], []],
  ])('%s', (text, days, times) => {
    const read = readSchedule(text);
    expect([read.days.sort(), read.times.sort()]).toEqual([[...days].sort(), [...times].sort()]);
  });
});

describe('the ranking, on cases where the order is obvious', () => {
  const neighbours = (d: string) => ({ nerima: ['oizumi', 'shakujii'], oizumi: ['nerima'], shakujii: ['nerima'], hikarigaoka: [] })[d] ?? [];
  const wish: Wish = { fieldCodes: [FieldCode.WELFARE], districtCode: 'nerima', days: [Weekday.SAT], times: [TimeOfDay.MORNING], studied: [FieldCode.DISASTER] };
  const candidate = (over: Partial<Candidate>): Candidate => ({
    kind: ProposalKind.GROUP,
    groupId: 1,
    postingId: null,
    title: 'x',
    groupName: 'x',
    fieldCodes: [],
    districtCode: 'hikarigaoka',
    schedule: null,
    alumniWelcome: [],
    ...over,
  });
  const everything = candidate({
    kind: ProposalKind.POSTING,
    postingId: 9,
    title: 'ぴったりの募集',
    fieldCodes: [FieldCode.WELFARE],
    districtCode: 'nerima',
    schedule: '毎月 土曜日 10時〜12時',
    alumniWelcome: [FieldCode.DISASTER],
  });
  const sameFieldHere = candidate({ title: '同じ分野・同じ地区', fieldCodes: [FieldCode.WELFARE], districtCode: 'nerima' });
  const sameFieldNextDoor = candidate({ title: '同じ分野・隣の地区', fieldCodes: [FieldCode.WELFARE], districtCode: 'oizumi' });
  const studiedNextDoor = candidate({ title: '学んだ分野・隣の地区', fieldCodes: [FieldCode.DISASTER], districtCode: 'shakujii' });
  const nothing = candidate({ title: '関係のない団体', fieldCodes: [FieldCode.GREENERY], districtCode: 'hikarigaoka' });

  test('more in common ranks higher; a candidate sharing no field is not proposed, even next door', () => {
    const nearButUnrelated = candidate({ title: '隣の地区の別分野', fieldCodes: [FieldCode.GREENERY], districtCode: 'oizumi' });
    const ranked = rank(wish, [nothing, studiedNextDoor, nearButUnrelated, sameFieldNextDoor, everything, sameFieldHere], neighbours);
    expect(ranked.map((p) => [p.title, p.score])).toEqual([
      ['ぴったりの募集', 3 + 2 + 1 + 1 + 2],
      ['同じ分野・同じ地区', 3 + 2],
      ['同じ分野・隣の地区', 3 + 1],
      ['学んだ分野・隣の地区', 2 + 1],
    ]);
  });

  test('every point has its reason, with what matched', () => {
    expect(score(wish, everything, neighbours).reasons.map((r) => [r.code, r.points, r.fieldCodes, r.days, r.times, r.districtCode])).toEqual([
      [ProposalReasonCode.FIELD_WISHED, 3, [FieldCode.WELFARE], [], [], null],
      [ProposalReasonCode.SAME_DISTRICT, 2, [], [], [], 'nerima'],
      [ProposalReasonCode.DAY_FREE, 1, [], [Weekday.SAT], [], null],
      [ProposalReasonCode.TIME_FREE, 1, [], [], [TimeOfDay.MORNING], null],
      [ProposalReasonCode.ALUMNI_WELCOME, 2, [FieldCode.DISASTER], [], [], null],
    ]);
    expect(score(wish, studiedNextDoor, neighbours).reasons.map((r) => r.code)).toEqual([ProposalReasonCode.FIELD_STUDIED, ProposalReasonCode.NEIGHBOURING_DISTRICT]);
  });

  test('two fields wished count twice; at equal scores a posting comes before a group, then by name', () => {
    const two = { ...wish, fieldCodes: [FieldCode.WELFARE, FieldCode.GREENERY] };
    const both = candidate({ title: '二つの分野', fieldCodes: [FieldCode.WELFARE, FieldCode.GREENERY], districtCode: 'hikarigaoka' });
    expect(score(two, both, neighbours).score).toBe(6);
    const groupA = candidate({ title: 'あ団体', fieldCodes: [FieldCode.WELFARE] });
    const groupI = candidate({ title: 'い団体', fieldCodes: [FieldCode.WELFARE] });
    const posting = candidate({ kind: ProposalKind.POSTING, postingId: 3, title: 'う募集', fieldCodes: [FieldCode.WELFARE] });
    expect(rank(wish, [groupI, posting, groupA], neighbours).map((p) => p.title)).toEqual(['う募集', 'あ団体', 'い団体']);
  });
});

describe('through the API', () => {
  let t: TestServer;
  let staff: string;
  let A: Member;
  beforeAll(async () => {
    t = await startTestServer();
    staff = await t.tokenFor('staff');
    const admin = await t.tokenFor('admin');
    [A] = await fastMembers(t, 1);
    // A studied disaster prevention.
    await alumniCohort(t, staff, [A], 2030, COURSE.DISASTER);
    const register = async (name: string, fieldCodes: string[], districtCode: string) =>
      (
        await ok(
          t,
          `mutation($i: CommunityGroupInput!) { registerCommunityGroup(input: $i) { id } }`,
          {
            i: { name, kind: 'NPO', fieldCodes, districtCode, publicDescription: '説明', publicContact: '区役所 経由', representativeName: '代表 者', interviewedOn: '2026-04-01' },
          },
          staff,
        )
      ).registerCommunityGroup.id;
    const welfare = await register('練馬ふくしの会', ['WELFARE'], 'nerima');
    await register('大泉ふくしの会', ['WELFARE'], 'oizumi');
    await register('光が丘の花の会', ['GREENERY'], 'hikarigaoka');
    const suspended = await register('休んでいる会', ['WELFARE'], 'nerima');
    await ok(
      t,
      `mutation($i: CommunityGroupStatusInput!) { setCommunityGroupStatus(input: $i) { id } }`,
      { i: { id: suspended, expectedVersion: 1, status: 'SUSPENDED', reason: '休止' } },
      staff,
    );
    const p = (
      await ok(
        t,
        `mutation($i: PostingInput!) { createRecruitmentPosting(input: $i) { id version } }`,
        {
          i: {
            groupId: welfare,
            title: '土曜の見守り',
            roleDescription: '訪問です。',
            fieldCodes: ['WELFARE'],
            districtCode: 'nerima',
            schedule: '毎週土曜日 10時〜12時',
            alumniWelcome: ['DISASTER'],
            expiresOn: '2099-03-31',
          },
        },
        staff,
      )
    ).createRecruitmentPosting;
    const sent = (await ok(t, `mutation($id: ID!, $v: Int!) { submitRecruitmentPosting(id: $id, expectedVersion: $v) { version } }`, { id: p.id, v: p.version }, staff))
      .submitRecruitmentPosting;
    await ok(t, `mutation($i: PostingReviewInput!) { reviewRecruitmentPosting(input: $i) { status } }`, { i: { id: p.id, expectedVersion: sent.version, approve: true } }, admin);
  });
  afterAll(() => t.close());

  test('a consultation’s proposals: the posting first, then the group in the district, then the neighbour; other fields and suspended groups never', async () => {
    const c = (
      await ok(
        t,
        `mutation($i: ConsultationInput!) { requestConsultation(input: $i) { id } }`,
        { i: { fieldCodes: ['WELFARE'], districtCode: 'nerima', days: ['SAT'], times: ['MORNING'] } },
        A.token,
      )
    ).requestConsultation;
    const Q = `query($c: ID!) { consultationProposals(consultationId: $c) { kind title groupName score reasons { code points fieldCodes districtCode days times } } }`;
    const proposals = (await ok(t, Q, { c: c.id }, staff)).consultationProposals;
    expect(proposals.map((p: any) => [p.kind, p.title, p.score])).toEqual([
      ['POSTING', '土曜の見守り', 3 + 2 + 1 + 1 + 2],
      ['GROUP', '練馬ふくしの会', 3 + 2],
      ['GROUP', '大泉ふくしの会', 3 + 1],
    ]);
    expect(proposals[0].reasons.map((r: any) => r.code)).toEqual(['FIELD_WISHED', 'SAME_DISTRICT', 'DAY_FREE', 'TIME_FREE', 'ALUMNI_WELCOME']);
    expect(proposals[0].reasons.find((r: any) => r.code === 'ALUMNI_WELCOME').fieldCodes).toEqual(['DISASTER']);
    // Contractor staff and the member have no part in it.
    for (const token of [await t.tokenFor('greenery'), A.token]) expect(errorCodes(await t.gql(Q, { c: c.id }, { token }))).toEqual(['FORBIDDEN']);
  });
});
