import { alumniCohort } from './helpers/alumni';
import { startTestServer, type TestServer } from './helpers/server';
import { errorCodes, fastMembers, messageKeys, ok, type Member } from './helpers/intake';
import { serverFailures } from './helpers/races';
import { ActivityRecordVersion } from '../server/src/modules/alumni';
import { Introduction } from '../server/src/modules/community';

/**
 * Introductions (お引き合わせ): a proposal pursued once, the meeting arranged, the outcome
 * recorded once; joining makes exactly one activity record (source introduction) and matches the
 * consultation; the outcomes feed the next proposals; the member reads theirs; contractor staff
 * have no part.
 */
let t: TestServer;
let staff: string;
let A: Member;
let B: Member;
let C: Member;
let groupId: string;
let otherGroupId: string;
let staffId: string;

const INTRO = `id consultationId groupId status meetingAt place attendedBy outcomeReason followUpOn activityRecordId version group { name }`;
const PURSUE = `mutation($c: ID!, $g: ID!) { pursueProposal(consultationId: $c, groupId: $g) { ${INTRO} } }`;
const ARRANGE = `mutation($i: IntroductionMeetingInput!) { arrangeIntroduction(input: $i) { ${INTRO} } }`;
const OUTCOME = `mutation($i: IntroductionOutcomeInput!) { recordIntroductionOutcome(input: $i) { ${INTRO} } }`;
const fieldErrorsOf = (res: { errors?: { extensions: Record<string, any> }[] }): string[] =>
  (res.errors ?? []).flatMap((e) => (e.extensions.fieldErrors ?? []).map((f: { field: string; messageKey: string }) => `${f.field}:${f.messageKey}`));
const consult = async (m: Member) =>
  (
    await ok(
      t,
      `mutation($i: ConsultationInput!) { requestConsultation(input: $i) { id } }`,
      { i: { fieldCodes: ['WELFARE'], districtCode: 'nerima', days: ['SAT'], times: ['MORNING'] } },
      m.token,
    )
  ).requestConsultation.id as string;
const consultation = async (id: string) => (await ok(t, `query($c: ID!) { consultation(id: $c) { status version } }`, { c: id }, staff)).consultation;

beforeAll(async () => {
  t = await startTestServer();
  staff = await t.tokenFor('staff');
  staffId = (await ok(t, `{ me { id } }`, {}, staff)).me.id;
  [A, B, C] = await fastMembers(t, 3);
  await alumniCohort(t, staff, [A, B, C], 2030);
  const register = async (name: string, districtCode: string) =>
    (
      await ok(
        t,
        `mutation($i: CommunityGroupInput!) { registerCommunityGroup(input: $i) { id } }`,
        {
          i: {
            name,
            kind: 'NPO',
            fieldCodes: ['WELFARE'],
            districtCode,
            publicDescription: '説明',
            publicContact: '区役所 経由',
            representativeName: '代表 者',
            interviewedOn: '2026-04-01',
          },
        },
        staff,
      )
    ).registerCommunityGroup.id as string;
  groupId = await register('引き合わせの会', 'nerima');
  otherGroupId = await register('もう一つの会', 'nerima');
});
afterAll(() => t.close());

test('pursuing a proposal plans one introduction, also when pressed many times at once; the consultation is in progress', async () => {
  const c = await consult(A);
  const racing = await Promise.all(Array.from({ length: 5 }, () => t.gql(PURSUE, { c, g: groupId }, { token: staff })));
  expect(serverFailures(racing)).toEqual([]);
  expect(new Set(racing.map((r) => r.data?.pursueProposal?.id)).size).toBe(1);
  expect(await t.app.dataSource.getRepository(Introduction).countBy({ consultationId: Number(c) })).toBe(1);
  expect(racing[0].data.pursueProposal).toMatchObject({ status: 'PLANNED', group: { name: '引き合わせの会' }, meetingAt: null });
  expect((await consultation(c)).status).toBe('IN_PROGRESS');
  // An inactive group cannot be pursued.
  expect(fieldErrorsOf(await t.gql(PURSUE, { c, g: '99999' }, { token: staff }))).toEqual(['groupId:posting.groupInactive']);
});

test('arranging the meeting, then joining: exactly one activity record (source introduction) and the consultation matched', async () => {
  const c = await consult(B);
  const planned = (await ok(t, PURSUE, { c, g: groupId }, staff)).pursueProposal;
  expect(fieldErrorsOf(await t.gql(ARRANGE, { i: { id: planned.id, expectedVersion: 1, attendedBy: String(B.id) } }, { token: staff }))).toEqual(['attendedBy:group.interviewer']);
  const arranged = (
    await ok(t, ARRANGE, { i: { id: planned.id, expectedVersion: 1, meetingAt: '2026-11-28T10:00:00+09:00', place: ' 区役所 本庁舎 1階 ', attendedBy: staffId } }, staff)
  ).arrangeIntroduction;
  expect(arranged).toMatchObject({ place: '区役所 本庁舎 1階', attendedBy: staffId, version: 2, status: 'PLANNED' });
  expect(messageKeys(await t.gql(ARRANGE, { i: { id: planned.id, expectedVersion: 1, place: 'x' } }, { token: staff }))).toEqual(['introduction.changed']);
  // Four outcomes at once from the same version: one is recorded, one activity record.
  const racing = await Promise.all(Array.from({ length: 4 }, () => t.gql(OUTCOME, { i: { id: planned.id, expectedVersion: 2, status: 'JOINED' } }, { token: staff })));
  expect(serverFailures(racing)).toEqual([]);
  const won = racing.filter((r) => !r.errors);
  expect(won).toHaveLength(1);
  const joined = won[0].data.recordIntroductionOutcome;
  expect(joined.status).toBe('JOINED');
  expect(joined.activityRecordId).not.toBeNull();
  const versions = await t.app.dataSource.getRepository(ActivityRecordVersion).findBy({ accountId: B.id });
  expect(versions).toHaveLength(1);
  expect(versions[0]).toMatchObject({ source: 'introduction', groupId: Number(groupId), groupName: '引き合わせの会', fieldCodeList: 'welfare', startedOn: '2026-11-28' });
  expect((await consultation(c)).status).toBe('MATCHED');
  // The member sees it on my page, with where it came from.
  const mine = (await ok(t, `{ myActivityRecords { current { groupName source } } }`, {}, B.token)).myActivityRecords;
  expect(mine.map((r: any) => r.current)).toEqual([{ groupName: '引き合わせの会', source: 'INTRODUCTION' }]);
  expect((await ok(t, `{ myIntroductions { status group { name } } }`, {}, B.token)).myIntroductions).toEqual([{ status: 'JOINED', group: { name: '引き合わせの会' } }]);
  expect((await ok(t, `{ myIntroductions { id } }`, {}, A.token)).myIntroductions.map((i: any) => i.id)).not.toContain(planned.id);
  // Recorded once: another outcome is refused.
  expect(messageKeys(await t.gql(OUTCOME, { i: { id: planned.id, expectedVersion: 3, status: 'NOT_A_FIT', reason: 'x' } }, { token: staff }))).toEqual(['introduction.decided']);
});

test('not a fit needs a reason, pending a follow-up day; the outcomes feed the next proposals', async () => {
  const c = await consult(C);
  const planned = (await ok(t, PURSUE, { c, g: otherGroupId }, staff)).pursueProposal;
  expect(fieldErrorsOf(await t.gql(OUTCOME, { i: { id: planned.id, expectedVersion: 1, status: 'NOT_A_FIT' } }, { token: staff }))).toEqual(['reason:introduction.reasonRequired']);
  expect(fieldErrorsOf(await t.gql(OUTCOME, { i: { id: planned.id, expectedVersion: 1, status: 'PENDING' } }, { token: staff }))).toEqual([
    'followUpOn:introduction.followUpRequired',
  ]);
  const pending = (await ok(t, OUTCOME, { i: { id: planned.id, expectedVersion: 1, status: 'PENDING', followUpOn: '2099-01-15' } }, staff)).recordIntroductionOutcome;
  expect(pending).toMatchObject({ status: 'PENDING', followUpOn: '2099-01-15' });
  const notAFit = (await ok(t, OUTCOME, { i: { id: planned.id, expectedVersion: 2, status: 'NOT_A_FIT', reason: '活動の曜日が合わなかった' } }, staff)).recordIntroductionOutcome;
  expect(notAFit).toMatchObject({ status: 'NOT_A_FIT', outcomeReason: '活動の曜日が合わなかった', activityRecordId: null });
  // C's next consultation: the group B joined counts +1, the group C found not a fit −2.
  const next = await consult(C);
  const proposals = (await ok(t, `query($c: ID!) { consultationProposals(consultationId: $c) { title score reasons { code points count } } }`, { c: next }, staff))
    .consultationProposals;
  const joinedGroup = proposals.find((p: any) => p.title === '引き合わせの会');
  const notFitGroup = proposals.find((p: any) => p.title === 'もう一つの会');
  expect(joinedGroup.reasons.find((r: any) => r.code === 'PAST_JOINED')).toEqual({ code: 'PAST_JOINED', points: 1, count: 1 });
  expect(notFitGroup.reasons.find((r: any) => r.code === 'NOT_A_FIT_BEFORE')).toEqual({ code: 'NOT_A_FIT_BEFORE', points: -2, count: null });
  expect(joinedGroup.score - notFitGroup.score).toBe(3);
  expect(proposals[0].title).toBe('引き合わせの会');
});

test('contractor staff and members have no part in introductions', async () => {
  const c = await consult(A);
  const green = await t.tokenFor('greenery');
  for (const token of [green, A.token]) {
    expect(errorCodes(await t.gql(PURSUE, { c, g: groupId }, { token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(ARRANGE, { i: { id: '1', expectedVersion: 1 } }, { token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(OUTCOME, { i: { id: '1', expectedVersion: 1, status: 'JOINED' } }, { token }))).toEqual(['FORBIDDEN']);
  }
  expect(errorCodes(await t.gql(`{ myIntroductions { id } }`, {}, { token: green }))).toEqual(['FORBIDDEN']);
});
