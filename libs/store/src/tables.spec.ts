import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MESSAGE_INDEX, messageTableDefinition, scheduleTableDefinition } from './tables';

/** docs/architecture.md, Tables and indexes: the production schema as the project documents it. */
const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'architecture.md'), 'utf8');
const messageTable = messageTableDefinition('messages');

describe('the table definitions', () => {
  it('define exactly the four indexes of the message table, each projecting ALL', () => {
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

  it('are what docs/architecture.md documents as the production schema', () => {
    const typeOf = (name?: string) =>
      messageTable.AttributeDefinitions?.find((definition) => definition.AttributeName === name)
        ?.AttributeType;
    const documented = docTableRows();
    for (const index of messageTable.GlobalSecondaryIndexes ?? []) {
      const [partition, sort] = index.KeySchema ?? [];
      expect(documented).toContainEqual([
        `\`${index.IndexName}\``,
        `\`${partition?.AttributeName}\` (${typeOf(partition?.AttributeName)})`,
        `\`${sort?.AttributeName}\` (${typeOf(sort?.AttributeName)})`,
        'ALL',
      ]);
    }
    expect(doc).toContain('Partition key `id` (S). TTL attribute `deleteBy`');
    expect(doc).toContain('Partition key `_id` (S).');
  });
});

/** The cells of every Markdown table row of the doc, however the table is aligned. */
function docTableRows(): string[][] {
  return doc
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}
