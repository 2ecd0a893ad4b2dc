import { upstreamHealthComponents, type HealthCheck } from './upstream-health';

const up: HealthCheck = async () => ({ status: 'UP', details: {} });
const health = { prisonApi: up, offenderSearch: up, communityApi: up, hmppsAuth: up };

describe('upstreamHealthComponents', () => {
  it('when no upstreams are named, then all four are there under their original names, none for readiness', () => {
    const components = upstreamHealthComponents(health);

    expect(components.map((component) => component.name)).toEqual([
      'prisonApiHealth',
      'searchApiHealth',
      'communityApiHealth',
      'OAuthApiHealth',
    ]);
    expect(components.every((component) => component.readiness === false)).toBe(true);
  });

  it("when some are named, then only those are there, each with its upstream's own check", () => {
    const prisonApi: HealthCheck = async () => ({ status: 'DOWN', details: {} });

    const components = upstreamHealthComponents({ ...health, prisonApi }, ['hmppsAuth', 'prisonApi']);

    expect(components.map((component) => component.name)).toEqual(['prisonApiHealth', 'OAuthApiHealth']);
    expect(components[0].check).toBe(prisonApi);
  });
});
