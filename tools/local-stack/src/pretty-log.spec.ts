import { createLogger } from '@ptpu/platform';
import { createLogFormatter } from './pretty-log';

/** Real pino lines, as an app writes them, fed through the formatter one at a time. */
function appLine(name: string, log: (logger: ReturnType<typeof createLogger>) => void): string {
  const lines: string[] = [];
  const logger = createLogger({
    name,
    level: 'debug',
    destination: { write: (line: string) => void lines.push(line.trimEnd()) },
  });
  log(logger);
  return lines[0] ?? '';
}

describe('createLogFormatter', () => {
  it('prints one line per entry behind the app: time of day, level, message, then the fields', () => {
    const format = createLogFormatter({ app: 'validator', appWidth: 10 });
    const line = appLine('validator', (logger) =>
      logger.info({ messageId: 'm-1', bookingId: 42, reason: 'not in custody' }, 'message stored'),
    );

    const out = format(line);

    expect(out.split('\n')).toHaveLength(1);
    expect(out).toMatch(/^validator {2}\[\d\d:\d\d:\d\d\.\d{3}\] INFO: message stored /);
    expect(out).toContain('"messageId":"m-1"');
    expect(out).toContain('"reason":"not in custody"');
    expect(out).not.toContain('hostname');
  });

  it('keeps an error on the same line, with its message', () => {
    const format = createLogFormatter({ app: 'validator' });
    const line = appLine('validator', (logger) =>
      logger.error({ err: new Error('prison-api failed') }, 'handling failed'),
    );

    const out = format(line);

    expect(out.split('\n')).toHaveLength(1);
    expect(out).toMatch(/ERROR: handling failed .*prison-api failed/);
  });

  it.each([
    ['plain text', 'sandbox world tools/sandbox/worlds/default.yaml: 12 prisoners'],
    ['a stack trace line', '    at main (/work/main/apps/validator/src/main.ts:10:3)'],
    ['JSON that is not a log entry', '{"hello":"world"}'],
    ['broken JSON', '{"level":"info","msg":'],
  ])('passes %s through beside the prefix', (_, line) => {
    const format = createLogFormatter({ app: 'sandbox', appWidth: 9 });
    expect(format(line)).toBe(`sandbox   ${line}`);
  });

  it('colours the level for a terminal', () => {
    const format = createLogFormatter({ app: 'reports', colour: true });
    const line = appLine('reports', (logger) => logger.warn('slow'));
    expect(format(line)).toContain('\u001b[33mWARN\u001b[39m');
  });
});
