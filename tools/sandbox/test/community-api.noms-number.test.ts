import { buildDeliusCase, buildWorld, type Sandbox, startSandbox } from '../src';
import { crnsOf, SandboxClient } from './support/sandbox-client';

const SEARCH_FOR_A5089DY = {
  surname: 'MARKE',
  firstName: 'ANDY',
  dateOfBirth: '1970-01-01',
  nomsNumber: 'A5089DY',
  activeSentence: true,
};

describe('community-api NOMS number writes change Delius, and later reads see them', () => {
  let sandbox: Sandbox;
  let client: SandboxClient;

  beforeAll(async () => {
    sandbox = await startSandbox({ world: buildWorld() });
    client = new SandboxClient(sandbox);
  });
  afterAll(() => sandbox.close());

  describe('PUT /secure/offenders/crn/{crn}/nomsNumber', () => {
    beforeEach(() => {
      // Two candidates by NAME, so the write is what makes one of them the match.
      sandbox.admin.loadWorld(
        buildWorld({
          deliusCases: [
            buildDeliusCase({ crn: 'X142620' }),
            buildDeliusCase({ crn: 'X181002', convictions: [] }),
          ],
        }),
      );
    });

    it('when the case exists, then it answers its IDs and /match then finds it by ALL_SUPPLIED', async () => {
      const before = await client.match<{ matchedBy: string }>({
        ...SEARCH_FOR_A5089DY,
        activeSentence: false,
      });
      expect(before.body.matchedBy).toBe('NAME');

      const reply = await client.call('communityApi', 'PUT', '/secure/offenders/crn/X142620/nomsNumber', {
        nomsNumber: 'A5089DY',
      });

      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ crn: 'X142620', nomsNumber: 'A5089DY' });
      const after = await client.match<{ matchedBy: string }>(SEARCH_FOR_A5089DY);
      expect(after.body.matchedBy).toBe('ALL_SUPPLIED');
      expect(crnsOf(after)).toEqual(['X142620']);
      expect(sandbox.admin.deliusState('X142620')?.otherIds.nomsNumber).toBe('A5089DY');
    });

    it('when the CRN is unknown, then 404 and nothing changes', async () => {
      const reply = await client.call('communityApi', 'PUT', '/secure/offenders/crn/X999999/nomsNumber', {
        nomsNumber: 'A5089DY',
      });
      expect(reply.status).toBe(404);
      expect(reply.body).toMatchObject({ status: 404 });
      expect(sandbox.admin.deliusState('X142620')?.otherIds.nomsNumber).toBeUndefined();
    });

    it('when the NOMS number is blank, then 400', async () => {
      const reply = await client.call('communityApi', 'PUT', '/secure/offenders/crn/X142620/nomsNumber', {
        nomsNumber: '',
      });
      expect(reply.status).toBe(400);
    });
  });

  describe('PUT /secure/offenders/nomsNumber/{originalNomsNumber}/nomsNumber', () => {
    const replace = (original: string, nomsNumber: string) =>
      client.call('communityApi', 'PUT', `/secure/offenders/nomsNumber/${original}/nomsNumber`, {
        nomsNumber,
      });

    it('when cases hold the old number, then every one takes the new number and is answered', async () => {
      sandbox.admin.loadWorld(
        buildWorld({
          deliusCases: [
            buildDeliusCase({
              crn: 'X142620',
              otherIds: { nomsNumber: 'A9999DY', croNumber: 'SG93/111111D' },
            }),
            buildDeliusCase({ crn: 'X181002', otherIds: { nomsNumber: 'A9999DY' }, convictions: [] }),
          ],
        }),
      );

      const reply = await replace('A9999DY', 'A5089DY');

      expect(reply.status).toBe(200);
      expect(reply.body).toEqual([
        { crn: 'X142620', nomsNumber: 'A5089DY', croNumber: 'SG93/111111D' },
        { crn: 'X181002', nomsNumber: 'A5089DY' },
      ]);
      expect(sandbox.admin.deliusState('X181002')?.otherIds.nomsNumber).toBe('A5089DY');
      expect((await replace('A9999DY', 'A5089DY')).status).toBe(409);
    });

    it('when another case already holds the new number, then 409 and nothing changes', async () => {
      sandbox.admin.loadWorld(
        buildWorld({
          deliusCases: [
            buildDeliusCase({ crn: 'X871300', otherIds: { nomsNumber: 'G0427UN' } }),
            buildDeliusCase({ crn: 'X871455', otherIds: { nomsNumber: 'A1846DV' }, convictions: [] }),
          ],
        }),
      );

      const reply = await replace('A1846DV', 'G0427UN');

      expect(reply.status).toBe(409);
      expect(sandbox.admin.deliusState('X871455')?.otherIds.nomsNumber).toBe('A1846DV');
    });

    it('when nobody holds the old number, then 404', async () => {
      sandbox.admin.loadWorld(
        buildWorld({ deliusCases: [buildDeliusCase({ otherIds: { nomsNumber: 'A5089DY' } })] }),
      );
      expect((await replace('A9999DY', 'G1234AA')).status).toBe(404);
    });

    it('when the new number is missing, then 400', async () => {
      sandbox.admin.loadWorld(
        buildWorld({ deliusCases: [buildDeliusCase({ otherIds: { nomsNumber: 'A9999DY' } })] }),
      );
      const reply = await client.call(
        'communityApi',
        'PUT',
        '/secure/offenders/nomsNumber/A9999DY/nomsNumber',
        {},
      );
      expect(reply.status).toBe(400);
    });
  });
});
