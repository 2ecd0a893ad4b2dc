import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MESSAGE_INDEX, messageTableDefinition, scheduleTableDefinition } from './tables';

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
const messageTable = messageTableDefinition('messages');

describe('the table definitions', () => {
  it('define exactly the four indexes of architecture.md section 3.1, each projecting ALL', () => {
    const indexes = messageTable.GlobalSecondaryIndexes ?? [];

    expect(indexes.map((index) => index.IndexName).sort()).toEqual(Object.values(MESSAGE_INDEX).sort());
    expect(indexes.every((index) => index.Projection?.ProjectionType === 'ALL')).toBe(true);
  });

  it('use on-demand capacity for both tables', () => {
    expect([messageTable.BillingMode, scheduleTableDefinition('schedule').BillingMode]).toEqual([
      'PAY_PER_REQUEST',
      'PAY_PER_REQUEST',
    ]);
  });

  it('are what the README documents as the production schema', () => {
    const typeOf = (name?: string) =>
      messageTable.AttributeDefinitions?.find((definition) => definition.AttributeName === name)
        ?.AttributeType;
    const documented = readmeTableRows();
    for (const index of messageTable.GlobalSecondaryIndexes ?? []) {
      const [partition, sort] = index.KeySchema ?? [];
      expect(documented).toContainEqual([
        `\`${index.IndexName}\``,
        `\`${partition?.AttributeName}\` (${typeOf(partition?.AttributeName)})`,
        `\`${sort?.AttributeName}\` (${typeOf(sort?.AttributeName)})`,
        'ALL',
      ]);
    }
    expect(readme).toContain('Partition key `id` (S). TTL attribute `deleteBy`');
    expect(readme).toContain('Partition key `_id` (S).');
  });
});

/** The cells of every Markdown table row in the README, however the table is aligned. */
function readmeTableRows(): string[][] {
  return readme
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}
