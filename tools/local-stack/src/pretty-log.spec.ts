import { createLogger } from '@ptpu/platform';
import { createLogFormatter } from './pretty-log';

/** Real pino lines, as an app writes them, fed through the formatter one at a time. */
function appLines(name: string, log: (logger: ReturnType<typeof createLogger>) => void): string[] {
  const lines: string[] = [];
  const logger = createLogger({
    name,
    level: 'debug',
    destination: { write: (line: string) => void lines.push(line.trimEnd()) },
  });
  log(logger);
  return lines;
}

describe('createLogFormatter', () => {
  it('prints one line per entry: app, time of day, level, message, then the fields', () => {
    const format = createLogFormatter({ app: 'validator', appWidth: 10 });
    const [line] = appLines('validator', (logger) =>
      logger.info({ messageId: 'm-1', bookingId: 42, reason: 'not in custody' }, 'message stored'),
    );

    const out = format(line);

    expect(out.split('\n')).toHaveLength(1);
    expect(out).toMatch(
      /^validator {3}\d\d:\d\d:\d\d\.\d{3} INFO {2}message stored {2}messageId=m-1 {2}bookingId=42 {2}reason="not in custody"$/,
    );
  });

  it('shows the start-up config compactly, each setting once across the apps that share the formatters', () => {
    const shownSettings = new Map<string, string>();
    const processor = createLogFormatter({ app: 'processor', shownSettings });
    const retrier = createLogFormatter({ app: 'retrier', shownSettings });
    const shared = { LOG_LEVEL: 'info', OAUTH_CLIENT_SECRET: '(set)' };
    const [first] = appLines('processor', (logger) =>
      logger.info(
        { config: { PORT: 8082, ...shared, PTPU_ERROR_VISIBILITY: ['0s', '30s'] } },
        'processor starting',
      ),
    );
    const [second] = appLines('retrier', (logger) =>
      logger.info({ config: { PORT: 8083, ...shared } }, 'retrier starting'),
    );
    const [again] = appLines('retrier', (logger) =>
      logger.info({ config: { PORT: 8083, ...shared } }, 'retrier starting'),
    );

    expect(processor(first)).toMatch(
      /INFO {2}processor starting {2}config: PORT=8082 LOG_LEVEL=info OAUTH_CLIENT_SECRET=\(set\) PTPU_ERROR_VISIBILITY=0s,30s$/,
    );
    expect(retrier(second)).toMatch(
      /INFO {2}retrier starting {2}config: PORT=8083 \(2 more as shown above\)$/,
    );
    expect(retrier(again)).toMatch(/retrier starting {2}config: \(3 more as shown above\)$/);
  });

  it('puts an error and its causes on the same line, with the frame it was thrown from', () => {
    const format = createLogFormatter({ app: 'validator' });
    const [line] = appLines('validator', (logger) =>
      logger.error(
        { err: new Error('prison-api failed', { cause: new TypeError('fetch failed') }) },
        'handling failed',
      ),
    );

    const out = format(line);

    expect(out.split('\n')).toHaveLength(1);
    expect(out).toMatch(
      /ERROR handling failed {2}err="Error: prison-api failed <- TypeError: fetch failed at /,
    );
    expect(out).toContain('tools/local-stack/src/pretty-log.spec.ts:');
    expect(out).not.toContain('/work/');
  });

  it('names levels logged as numbers', () => {
    const format = createLogFormatter({ app: 'sandbox' });
    expect(format('{"level":40,"time":1768478400000,"msg":"slow"}')).toMatch(
      /^sandbox {2}\d\d:\d\d:\d\d\.\d{3} WARN {2}slow$/,
    );
  });

  it.each([
    ['plain text', 'sandbox world tools/sandbox/worlds/default.yaml: 12 prisoners'],
    ['a stack trace line', '    at main (/work/main/apps/validator/src/main.ts:10:3)'],
    ['JSON that is not a log entry', '{"hello":"world"}'],
    ['broken JSON', '{"level":"info","msg":'],
  ])('passes %s through beside the prefix', (_, line) => {
    const format = createLogFormatter({ app: 'sandbox', appWidth: 9 });
    expect(format(line)).toBe(`sandbox    ${line}`);
  });

  it('colours the level and the app for a terminal', () => {
    const format = createLogFormatter({ app: 'reports', colour: true });
    const [line] = appLines('reports', (logger) => logger.warn('slow'));
    expect(format(line)).toContain('\u001b[33mWARN \u001b[0m');
    expect(format(line).startsWith('\u001b[1mreports\u001b[0m  ')).toBe(true);
  });
});
