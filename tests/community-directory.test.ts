import { alumniCohort } from './helpers/alumni';
import { startTestServer, type TestServer } from './helpers/server';
import { COURSE, errorCodes, fastMembers, ok, type Member } from './helpers/intake';

/**
 * The group directory: anyone reads active groups' public part with their open postings; an
 * alumnus also learns which postings especially welcome alumni of a field they completed,
 * decided on the server from their completions. Postings are read once for the whole list.
 */
let t: TestServer;
let staff: string;
let alumnus: Member;
let member: Member;

async function group(name: string, fieldCodes: string[], welcome: string[] | null): Promise<string> {
  const g = (
    await ok(
      t,
      `mutation($i: CommunityGroupInput!) { registerCommunityGroup(input: $i) { id } }`,
      {
        i: {
          name,
          kind: 'NPO',
          fieldCodes,
          districtCode: 'nerima',
          publicDescription: '説明',
          publicContact: '区役所 経由',
          representativeName: '代表 者',
          interviewedOn: '2026-04-01',
        },
      },
      staff,
    )
  ).registerCommunityGroup.id;
  if (welcome) {
    const admin = await t.tokenFor('admin');
    const p = (
      await ok(
        t,
        `mutation($i: PostingInput!) { createRecruitmentPosting(input: $i) { id version } }`,
        {
          i: {
            groupId: g,
            title: `${name}の募集`,
            roleDescription: '手伝い',
            fieldCodes,
            districtCode: 'nerima',
            schedule: '毎週土曜日',
            alumniWelcome: welcome,
            expiresOn: '2099-03-31',
          },
        },
        staff,
      )
    ).createRecruitmentPosting;
    const sent = (await ok(t, `mutation($id: ID!, $v: Int!) { submitRecruitmentPosting(id: $id, expectedVersion: $v) { version } }`, { id: p.id, v: p.version }, staff))
      .submitRecruitmentPosting;
    await ok(t, `mutation($i: PostingReviewInput!) { reviewRecruitmentPosting(input: $i) { status } }`, { i: { id: p.id, expectedVersion: sent.version, approve: true } }, admin);
  }
  return g;
}

beforeAll(async () => {
  t = await startTestServer();
  staff = await t.tokenFor('staff');
  [alumnus, member] = await fastMembers(t, 2);
  await alumniCohort(t, staff, [alumnus], 2030, COURSE.WELFARE);
  await group('福祉の会', ['WELFARE'], ['WELFARE']);
  await group('防災の会', ['DISASTER'], ['DISASTER']);
  await group('花の会', ['GREENERY'], []);
  await group('募集のない会', ['WELFARE'], null);
});
afterAll(() => t.close());

test('anyone reads the groups with their open postings; postings are read once for the whole list', async () => {
  const Q = `{ groupDirectory { name openPostings { title alumniWelcome } } }`;
  const groups = (await t.gql(Q)).data.groupDirectory;
  expect(groups.map((g: any) => [g.name, g.openPostings.map((p: any) => p.title)])).toEqual([
    ['募集のない会', []],
    ['福祉の会', ['福祉の会の募集']],
    ['花の会', ['花の会の募集']],
    ['防災の会', ['防災の会の募集']],
  ]);
  await t.settle();
  t.sql.reset();
  await t.gql(Q);
  const withPostings = t.sql.statements.length;
  await group('もう一つの会', ['WELFARE'], ['WELFARE']);
  await t.settle();
  t.sql.reset();
  await t.gql(Q);
  expect(t.sql.statements.length).toBe(withPostings);
});

test('an alumnus learns which postings welcome alumni of the field they completed; others do not', async () => {
  const Q = `{ groupDirectory { name openPostings { title welcomesMe } } }`;
  const mine = (await ok(t, Q, {}, alumnus.token)).groupDirectory.flatMap((g: any) => g.openPostings.map((p: any) => [p.title, p.welcomesMe]));
  expect(mine).toEqual(
    expect.arrayContaining([
      ['福祉の会の募集', true],
      ['防災の会の募集', false],
      ['花の会の募集', false],
    ]),
  );
  const theirs = (await ok(t, Q, {}, member.token)).groupDirectory.flatMap((g: any) => g.openPostings.map((p: any) => p.welcomesMe));
  expect(theirs.every((w: boolean) => w === false)).toBe(true);
  // Anonymous visitors are not told (the field needs a login).
  expect(errorCodes(await t.gql(Q))).toContain('UNAUTHENTICATED');
});
