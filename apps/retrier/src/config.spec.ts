import { variablesReadBy } from '@ptpu/deploy-contract';
import { shapeOf } from '@ptpu/platform';
import { retrierConfigSchema } from './config';

describe('retrierConfigSchema', () => {
  it('reads exactly the variables of its deployment contract, and the local stack’s', () => {
    expect(Object.keys(shapeOf(retrierConfigSchema)).sort()).toEqual(variablesReadBy('retrier'));
  });
});
