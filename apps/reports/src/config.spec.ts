import { variablesReadBy } from '@ptpu/deploy-contract';
import { shapeOf } from '@ptpu/platform';
import { reportsConfigSchema } from './config';

describe('reportsConfigSchema', () => {
  it('reads exactly the variables of its deployment contract, and the local stack’s', () => {
    expect(Object.keys(shapeOf(reportsConfigSchema)).sort()).toEqual(variablesReadBy('reports'));
  });
});
