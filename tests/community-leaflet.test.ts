import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { startTestServer, type TestServer } from './helpers/server';
import { errorCodes, fastMembers, ok } from './helpers/intake';

/**
 * QR codes for leaflets: the portal's top page and a published posting's public page, as PNG
 * (decoded here back to the address) and SVG; for ward community staff only.
 */
let t: TestServer;
let staff: string;
let admin: string;
const PUBLIC_URL = 'https://college.example.jp';
const QR = `query($p: ID) { leafletQrCode(postingId: $p) { url pngDataUrl svg } }`;
const decode = (dataUrl: string) => {
  const png = PNG.sync.read(Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
  return { text: jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data, width: png.width };
};

beforeAll(async () => {
  t = await startTestServer({ env: { PUBLIC_URL } });
  staff = await t.tokenFor('staff');
  admin = await t.tokenFor('admin');
});
afterAll(() => t.close());

async function posting(publish: boolean): Promise<string> {
  const group = (
    await ok(
      t,
      `mutation($i: CommunityGroupInput!) { registerCommunityGroup(input: $i) { id } }`,
      {
        i: {
          name: `チラシの会 ${Math.random().toString(36).slice(2, 8)}`,
          kind: 'OTHER',
          fieldCodes: ['GREENERY'],
          districtCode: 'nerima',
          publicDescription: '花壇の会です。',
          publicContact: '区役所 経由',
          representativeName: '練馬 代表',
          interviewedOn: '2026-04-01',
        },
      },
      staff,
    )
  ).registerCommunityGroup;
  const p = (
    await ok(
      t,
      `mutation($i: PostingInput!) { createRecruitmentPosting(input: $i) { id version } }`,
      {
        i: {
          groupId: group.id,
          title: '花壇の手入れ',
          roleDescription: '水やりです。',
          fieldCodes: ['GREENERY'],
          districtCode: 'nerima',
          schedule: '毎週水曜日',
          expiresOn: '2099-03-31',
        },
      },
      staff,
    )
  ).createRecruitmentPosting;
  if (!publish) return p.id;
  const sent = (await ok(t, `mutation($id: ID!, $v: Int!) { submitRecruitmentPosting(id: $id, expectedVersion: $v) { version } }`, { id: p.id, v: p.version }, staff))
    .submitRecruitmentPosting;
  await ok(t, `mutation($i: PostingReviewInput!) { reviewRecruitmentPosting(input: $i) { status } }`, { i: { id: p.id, expectedVersion: sent.version, approve: true } }, admin);
  return p.id;
}

test('the top page and a published posting as QR codes that decode to their public addresses, PNG for print and SVG', async () => {
  const top = (await ok(t, QR, {}, staff)).leafletQrCode;
  expect(top.url).toBe(`${PUBLIC_URL}/`);
  expect(decode(top.pngDataUrl)).toEqual({ text: `${PUBLIC_URL}/`, width: 1024 });
  expect(top.svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  const id = await posting(true);
  const one = (await ok(t, QR, { p: id }, staff)).leafletQrCode;
  expect(one.url).toBe(`${PUBLIC_URL}/postings/${id}`);
  expect(decode(one.pngDataUrl).text).toBe(`${PUBLIC_URL}/postings/${id}`);
  // The address is the one the public page answers.
  expect((await t.gql(`query($p: ID!) { publicPosting(postingId: $p) { id } }`, { p: id })).data.publicPosting.id).toBe(id);
});

test('a posting not published has no QR code; contractor staff and members are refused', async () => {
  const draft = await posting(false);
  expect(errorCodes(await t.gql(QR, { p: draft }, { token: staff }))).toEqual(['NOT_FOUND']);
  const [member] = await fastMembers(t, 1);
  for (const token of [await t.tokenFor('greenery'), member.token]) {
    const res = await t.gql(QR, {}, { token });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.data?.leafletQrCode ?? null).toBeNull();
  }
});
