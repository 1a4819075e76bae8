import { startTestServer, type TestServer } from './helpers/server';

// The portal's footer reads the section's contact details from the server's settings, as anyone.
describe('siteContact', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ seed: false, env: { SITE_CONTACT_SECTION: '練馬区 協働推進課 区民協働係', SITE_CONTACT_PHONE: '03-0000-0000' } });
  });
  afterAll(() => t.close());

  test('anyone reads the configured contact; unset values have Japanese defaults', async () => {
    const res = await t.gql('{ siteContact { section phone email hours } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.siteContact).toEqual({
      section: '練馬区 協働推進課 区民協働係',
      phone: '03-0000-0000',
      email: 'college@city.example.jp',
      hours: '平日 8時30分から17時15分まで',
    });
  });
});
