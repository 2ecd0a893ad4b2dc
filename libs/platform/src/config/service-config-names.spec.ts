import { z } from 'zod';
import { otherAppsVariables } from './load-config';
import { SERVICE_CONFIG_NAMES, serviceConfigNames } from './service-config-names';
import { commonShape, inboundAuthShape } from './shared-config';

const reportsSchema = z.object({ ...commonShape(8084), ...inboundAuthShape });

describe('SERVICE_CONFIG_NAMES', () => {
  it('lists PORT for every app: each deployment sets its own', () => {
    for (const names of Object.values(SERVICE_CONFIG_NAMES)) expect(names).toContain('PORT');
    expect(otherAppsVariables(reportsSchema, { PORT: '8081' })).toEqual({});
  });

  it('is the union the unknown-variable check reads, sorted and without repeats', () => {
    const names = serviceConfigNames();

    expect(names).toEqual([...new Set(Object.values(SERVICE_CONFIG_NAMES).flat())].sort());
  });
});
