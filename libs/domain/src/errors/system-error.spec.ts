import { isSystemError, SystemError } from './system-error';

describe('SystemError', () => {
  it('keeps the code, retryability, details and cause for the log line', () => {
    const cause = new Error('socket hang up');
    const err = new SystemError('prison-api getBooking failed', {
      code: 'UPSTREAM.NETWORK',
      retryable: true,
      cause,
      details: { operation: 'getBooking', upstream: 'prison-api' },
    });
    expect(err).toBeInstanceOf(Error);
    expect(err).toMatchObject({ name: 'SystemError', code: 'UPSTREAM.NETWORK', retryable: true, cause });
    expect(err.details).toEqual({ operation: 'getBooking', upstream: 'prison-api' });
    expect(isSystemError(err)).toBe(true);
  });

  it('does not mistake other errors for system errors', () => {
    expect(isSystemError(new Error('plain'))).toBe(false);
    expect(isSystemError({ code: 'UPSTREAM.TIMEOUT', retryable: true })).toBe(false);
  });
});
