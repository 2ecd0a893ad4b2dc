import {
  ConditionalCheckFailedException,
  InternalServerError,
  ProvisionedThroughputExceededException,
  ResourceNotFoundException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import { SystemError } from '@ptpu/domain';
import { cancellationCodes, isConditionalCheckFailed, toSystemError } from './aws-errors';

const $metadata = (httpStatusCode?: number) => ({ httpStatusCode, attempts: 3, totalRetryDelay: 100 });

const throttled = new ProvisionedThroughputExceededException({
  message: 'slow down',
  $metadata: $metadata(400),
});
const serverError = new InternalServerError({ message: 'boom', $metadata: $metadata(500) });
const missingTable = new ResourceNotFoundException({ message: 'no table', $metadata: $metadata(400) });
const conditionFailed = new ConditionalCheckFailedException({ message: 'no', $metadata: $metadata(400) });
const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({
    message: 'cancelled',
    $metadata: $metadata(400),
    CancellationReasons: codes.map((Code) => ({ Code })),
  });
const socketError = (code: string) => Object.assign(new Error(`connect ${code}`), { code });

// Retryable: the failed call may succeed if tried again later (throttling, 5xx, timeouts, network faults).
describe('toSystemError: retryable', () => {
  it.each([
    ['throttling', throttled],
    ['a 5xx', serverError],
    ['a reset connection', socketError('ECONNRESET')],
    ['a refused connection', socketError('ECONNREFUSED')],
    ['no response at all', Object.assign(new Error('wrapped'), { $metadata: $metadata(undefined) })],
    ['a transaction that lost a race', cancelled('None', 'TransactionConflict')],
  ])('retries %s', (_, err) => {
    expect(toSystemError(err, 'op').retryable).toBe(true);
  });

  it.each([
    ['a missing table', missingTable],
    ['a false condition', conditionFailed],
    ['a transaction refused by its conditions', cancelled('ConditionalCheckFailed', 'None')],
    ['a bug', new TypeError('x is undefined')],
  ])('does not retry %s', (_, err) => {
    expect(toSystemError(err, 'op').retryable).toBe(false);
  });
});

describe('toSystemError', () => {
  it('keeps the cause and the facts an operator needs, under a stable code', () => {
    const wrapped = toSystemError(throttled, 'query pending-by-state');

    expect(wrapped).toBeInstanceOf(SystemError);
    expect(wrapped).toMatchObject({
      code: 'AWS.THROTTLED',
      retryable: true,
      details: {
        operation: 'query pending-by-state',
        awsError: 'ProvisionedThroughputExceededException',
        httpStatus: 400,
      },
    });
    expect(wrapped.cause).toBe(throttled);
  });

  it('leaves an error that is already a SystemError alone', () => {
    const original = new SystemError('already wrapped', { code: 'STORE.ITEM_INVALID', retryable: false });

    expect(toSystemError(original, 'get row')).toBe(original);
  });
});

describe('business outcomes', () => {
  it('recognises a false condition and the per-item reasons of a cancelled transaction', () => {
    expect(isConditionalCheckFailed(conditionFailed)).toBe(true);
    expect(isConditionalCheckFailed(serverError)).toBe(false);
    expect(cancellationCodes(cancelled('ConditionalCheckFailed', 'None'))).toEqual([
      'ConditionalCheckFailed',
      'None',
    ]);
    expect(cancellationCodes(conditionFailed)).toBeUndefined();
  });
});
