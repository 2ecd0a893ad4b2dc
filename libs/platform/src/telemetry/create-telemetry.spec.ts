import { createCapturingLogger } from '../testing/capturing-logger';
import { withLogContext } from '../logging/log-context';
import { createTelemetry } from './create-telemetry';

describe('createTelemetry', () => {
  it('writes each event as a structured log line carrying the log context', () => {
    const { logger, lines } = createCapturingLogger();
    const telemetry = createTelemetry({ logger });

    withLogContext({ messageId: 'm-7' }, () =>
      telemetry.trackEvent('P2POffenderNoMatch', { bookingId: 1200835, offenderNo: 'A5089DY' }),
    );

    expect(lines.at(-1)).toMatchObject({
      telemetryEvent: 'P2POffenderNoMatch',
      bookingId: 1200835,
      offenderNo: 'A5089DY',
      messageId: 'm-7',
      level: 'info',
    });
  });

  it('warns once at start-up when App Insights is configured, since events still go to the log only', () => {
    const { logger, lines } = createCapturingLogger();

    createTelemetry({ logger, connectionString: 'InstrumentationKey=abc' });

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'warn', msg: expect.stringMatching(/go to the log only/) });
    expect(JSON.stringify(lines)).not.toContain('InstrumentationKey=abc');
  });

  it('only notes the log destination when App Insights is not configured', () => {
    const { logger, lines } = createCapturingLogger();

    createTelemetry({ logger });

    expect(lines).toEqual([expect.objectContaining({ level: 'info' })]);
  });
});
