import { createCapturingLogger } from '../testing/capturing-logger';
import { addLogContext, currentLogContext, withLogContext } from './create-logger';

describe('log context', () => {
  it('adds the context fields to every line logged inside, across awaits', async () => {
    const { logger, lines } = createCapturingLogger({ name: 'validator' });

    await withLogContext({ messageId: 'm-1', eventType: 'BOOKING_NUMBER-CHANGED' }, async () => {
      logger.info('received');
      await new Promise((resolve) => setImmediate(resolve));
      logger.child({ component: 'store' }).warn('stored');
    });
    logger.info('idle');

    expect(lines.map(({ msg, messageId, eventType }) => ({ msg, messageId, eventType }))).toEqual([
      { msg: 'received', messageId: 'm-1', eventType: 'BOOKING_NUMBER-CHANGED' },
      { msg: 'stored', messageId: 'm-1', eventType: 'BOOKING_NUMBER-CHANGED' },
      { msg: 'idle', messageId: undefined, eventType: undefined },
    ]);
    expect(lines[0]).toMatchObject({ name: 'validator', level: 'info' });
  });

  it('keeps concurrent units of work apart', async () => {
    const { logger, lines } = createCapturingLogger();
    const handle = (messageId: string) =>
      withLogContext({ messageId }, async () => {
        await new Promise((resolve) => setTimeout(resolve, messageId === 'a' ? 5 : 0));
        logger.info(`handled ${messageId}`);
      });

    await Promise.all([handle('a'), handle('b')]);

    expect(lines.map(({ msg, messageId }) => [msg, messageId])).toEqual([
      ['handled b', 'b'],
      ['handled a', 'a'],
    ]);
  });

  it('nests contexts and lets fields be added to the one in force', () => {
    withLogContext({ requestId: 'r-1' }, () => {
      addLogContext({ principal: 'ops-user' });
      withLogContext({ bookingId: 42 }, () => {
        expect(currentLogContext()).toEqual({ requestId: 'r-1', principal: 'ops-user', bookingId: 42 });
      });
      expect(currentLogContext()).toEqual({ requestId: 'r-1', principal: 'ops-user' });
    });
    addLogContext({ ignored: true });
    expect(currentLogContext()).toEqual({});
  });

  it('logs an error with its cause chain', () => {
    const { logger, lines } = createCapturingLogger();
    const cause = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });

    logger.error({ err: new Error('prison-api unreachable', { cause }) }, 'booking lookup failed');

    expect(lines[0].err).toMatchObject({
      type: 'Error',
      message: 'prison-api unreachable',
      cause: { type: 'Error', message: 'connect ECONNREFUSED', code: 'ECONNREFUSED' },
    });
  });
});
