import { MESSAGE_TTL_ATTRIBUTE, messageTableDefinition, scheduleTableDefinition } from '@ptpu/store';
import { APP_CHARTS, ENVIRONMENTS, MONITORING_CHART, chartDir } from '../src/charts/chart-layout';
import { mergedValuesFor } from '../src/charts/chart-files';
import { readText, readYaml } from '../src/files/workspace-files';

/** helm_deploy/README.md lists the infrastructure to request; libs/store/src/tables.ts is the source. */
/** Table cells padded for alignment (prettier) read the same as unpadded ones. */
const doc = readText('helm_deploy/README.md').replace(/ {2,}/g, ' ');
/** The same text with line breaks folded, for sentences that wrap. */
const prose = doc.replace(/\s+/g, ' ');

type Definition = ReturnType<typeof messageTableDefinition>;

const attributeType = (definition: Definition, name: string) =>
  definition.AttributeDefinitions?.find((attribute) => attribute.AttributeName === name)?.AttributeType;

const keyOf = (definition: Definition, schema: Definition['KeySchema'], type: 'HASH' | 'RANGE') => {
  const name = schema?.find((key) => key.KeyType === type)?.AttributeName ?? '';
  return `\`${name}\` (${attributeType(definition, name)})`;
};

describe('infrastructure to request (helm_deploy/README.md)', () => {
  const message = messageTableDefinition('messages');
  const schedule = scheduleTableDefinition('schedule');

  it('when the message table is described, then its key, TTL and every index match the store', () => {
    expect(prose).toContain(
      `messages\` (\`DYNAMODB_TABLENAME\`): partition key ${keyOf(message, message.KeySchema, 'HASH')}`,
    );
    expect(prose).toContain(`TTL on attribute \`${MESSAGE_TTL_ATTRIBUTE}\``);
    for (const index of message.GlobalSecondaryIndexes ?? []) {
      const row = `| \`${index.IndexName}\` | ${keyOf(message, index.KeySchema, 'HASH')} | ${keyOf(message, index.KeySchema, 'RANGE')} | ${index.Projection?.ProjectionType} |`;
      expect(doc).toContain(row);
    }
    const documentedIndexes = [
      ...doc.matchAll(/^\| `([a-z-]+)` \| `\w+` \(\w\) \| `\w+` \(\w\) \| \w+ \|$/gm),
    ].map((match) => match[1]);
    expect(documentedIndexes).toEqual(message.GlobalSecondaryIndexes?.map((index) => index.IndexName));
  });

  it('when the schedule table is described, then its key and capacity mode match the store', () => {
    expect(prose).toContain(
      `schedule\` (\`DYNAMODB_SCHEDULE_TABLENAME\`): partition key ${keyOf(schedule, schedule.KeySchema, 'HASH')}`,
    );
    expect(message.BillingMode).toBe('PAY_PER_REQUEST');
    expect(schedule.BillingMode).toBe('PAY_PER_REQUEST');
    expect(doc).toContain('`PAY_PER_REQUEST`');
  });

  it('when the charts read secrets, then each secret and key is on the list to request', () => {
    const refs = APP_CHARTS.flatMap((chart) =>
      Object.values(mergedValuesFor(chart, 'prod').secrets as Record<string, { name: string; key: string }>),
    );

    for (const { name, key } of refs) {
      expect(doc).toMatch(new RegExp(`^\\| \`${name}\` \\| [^\\n]*\`${key}\``, 'm'));
    }
  });

  it.each(ENVIRONMENTS)('when the %s alerts name AWS resources, then they are the names requested', (env) => {
    const { alerts } = readYaml(`${chartDir(MONITORING_CHART)}/values-${env}.yaml`) as {
      alerts: { deadLetterQueueNames: string[]; dynamoDbTableNames: string[]; eventQueueNames: string[] };
    };
    const requested = (name: string) => doc.includes(name.replace(`-${env}-`, '-<env>-'));

    expect(
      [...alerts.deadLetterQueueNames, ...alerts.eventQueueNames, ...alerts.dynamoDbTableNames].filter(
        (name) => !requested(name),
      ),
    ).toEqual([]);
  });
});
