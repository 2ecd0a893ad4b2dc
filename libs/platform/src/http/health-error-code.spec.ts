import { healthErrorCode } from './health';

describe('healthErrorCode', () => {
  it('when the error has a code, then that is the code', () => {
    expect(healthErrorCode(Object.assign(new Error('x'), { code: 'AWS.THROTTLED' }))).toBe('AWS.THROTTLED');
  });

  it("when fetch failed on the socket, then the socket error's code", () => {
    const err = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
    });
    expect(healthErrorCode(err)).toBe('ECONNREFUSED');
  });

  it('when a fetch was aborted by its timeout signal, then HEALTH.TIMEOUT', () => {
    expect(
      healthErrorCode(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
    ).toBe('HEALTH.TIMEOUT');
  });

  it.each([
    ['a plain error', new Error('arn:aws:dynamodb:eu-west-2:123456789012:table/x not found')],
    ['a code that is really a message', Object.assign(new Error('x'), { code: 'table arn:aws:... is gone' })],
    ['a thrown string', 'https://user:secret@host'],
    ['nothing', undefined],
  ])('when it is %s, then HEALTH.CHECK_FAILED and nothing of the message', (_, err) => {
    expect(healthErrorCode(err)).toBe('HEALTH.CHECK_FAILED');
  });
});
