import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient, QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import {
  HANDLED_EVENT_TYPES,
  NOT_MATCHED_STATUSES,
  RETRY_TIERS,
  byCreatedDate,
  earlierOf,
  inclusiveBounds,
  londonDaysBetween,
  mergeSorted,
  type InclusiveBounds,
  type CreatedRange,
  type MessageRow,
  type ProcessedReportQuery,
  type ReportRows,
} from '@ptpu/domain';
import { documentClientFor } from './document-client';
import { fromMessageItem } from './message-item';
import { queryPages } from './query-pages';
import { MESSAGE_INDEX } from './tables';

/** Few round trips, yet only a page per partition is held at a time. */
const REPORT_PAGE_SIZE = 500;

/** Past this many London days, a processed range skips `processed-by-day`: rows expire 30 days after processing. */
const MAX_PROCESSED_DAY_PARTITIONS = 40;

// A processor whose clock runs slightly ahead of ours may already have written tomorrow's processedDay.
const CLOCK_SKEW_ALLOWANCE_MS = 5 * 60_000;

export interface DynamoReportRowsOptions {
  client: DynamoDBClient;
  messageTable: string;
  pageSize?: number;
}

type Query = Omit<QueryCommandInput, 'TableName' | 'Limit'>;

/**
 * The report reads of the message table (docs/architecture.md, Tables and indexes): index Queries, never a Scan.
 * A report over several partitions merges them (each sorted by its sort key), so rows stream out oldest
 * `createdDate` first while only one page per partition is held.
 */
export class DynamoReportRows implements ReportRows {
  private readonly doc: DynamoDBDocumentClient;
  private readonly pageSize: number;

  constructor(private readonly options: DynamoReportRowsOptions) {
    this.doc = documentClientFor(options.client);
    this.pageSize = options.pageSize ?? REPORT_PAGE_SIZE;
    if (!Number.isInteger(this.pageSize) || this.pageSize <= 0) {
      throw new RangeError(`pageSize must be a positive integer, got ${options.pageSize}`);
    }
  }

  /** `pending-by-state`: its four partitions hold exactly the unprocessed rows. */
  inProgress(): AsyncIterable<MessageRow> {
    return this.merged(['NEW', ...RETRY_TIERS].map((state) => pendingQuery(state)));
  }

  /** `pending-by-state`, retry tiers only: only a "try later", which leaves `NEW`, sets a not-matched status. */
  notMatched(createdBefore: Date): AsyncIterable<MessageRow> {
    const statuses = Object.fromEntries(NOT_MATCHED_STATUSES.map((status, i) => [`:status${i}`, status]));
    const filter = { expression: `#status IN (${Object.keys(statuses).join(', ')})`, values: statuses };
    return this.merged(
      RETRY_TIERS.map((state) => ({
        ...pendingQuery(state, { to: new Date(createdBefore.getTime() - 1).toISOString() }, filter),
        ExpressionAttributeNames: { '#status': 'status' },
      })),
    );
  }

  /**
   * `by-event-type`, for `createdDate` order (`processed-by-day` would need the whole report held); a row is
   * created before it is processed, so the processed end bounds `createdDate` too. A processed start is read
   * first through `processed-by-day` for the oldest matching `createdDate`, the main read's lower bound.
   */
  async *processed(filter: ProcessedReportQuery, now: Date): AsyncGenerator<MessageRow> {
    let oldestCreated: string | undefined;
    const latest = new Date(now.getTime() + CLOCK_SKEW_ALLOWANCE_MS);
    const days =
      filter.processedAfter &&
      londonDaysBetween(filter.processedAfter, filter.processedBefore, latest, MAX_PROCESSED_DAY_PARTITIONS);
    if (days) {
      oldestCreated = await this.oldestCreatedProcessed(days, filter);
      if (oldestCreated === undefined) return;
    }
    const createdBefore = earlierOf(filter.createdBefore, filter.processedBefore);
    const bounds = inclusiveBounds(filter.createdAfter, createdBefore, oldestCreated);
    if (!bounds) return;
    const rowFilter = processedFilter(filter);
    const eventTypes = filter.eventType ? [filter.eventType] : HANDLED_EVENT_TYPES;
    yield* this.merged(eventTypes.map((eventType) => byEventTypeQuery(eventType, bounds, rowFilter)));
  }

  /** `by-event-type`, the status-change partition: created range as key condition, location as a filter. */
  async *statusChanges(filter: CreatedRange & { locationId?: string }): AsyncGenerator<MessageRow> {
    const bounds = inclusiveBounds(filter.createdAfter, filter.createdBefore);
    if (!bounds) return;
    const rowFilter = filterOf(['locationId = :locationId', ':locationId', filter.locationId]);
    yield* this.rows(byEventTypeQuery('IMPRISONMENT_STATUS-CHANGED', bounds, rowFilter));
  }

  /** The processed bounds are the index's sort key, so a key condition (DynamoDB refuses them in a filter). */
  private async oldestCreatedProcessed(
    days: string[],
    filter: ProcessedReportQuery,
  ): Promise<string | undefined> {
    const processed = inclusiveBounds(filter.processedAfter, filter.processedBefore);
    if (!processed) return undefined;
    const rowFilter = filterOf(
      ['createdDate > :createdAfter', ':createdAfter', filter.createdAfter?.toISOString()],
      ['createdDate < :createdBefore', ':createdBefore', filter.createdBefore?.toISOString()],
      ['eventType = :eventType', ':eventType', filter.eventType],
      ['locationId = :locationId', ':locationId', filter.locationId],
    );
    let oldest: string | undefined;
    for (const day of days) {
      const query: Query = {
        ...keyQuery(
          MESSAGE_INDEX.processedByDay,
          ['processedDay', day],
          ['processedDate', processed],
          rowFilter,
        ),
        ProjectionExpression: 'createdDate',
      };
      for await (const page of this.pages(query)) {
        for (const { createdDate } of page as { createdDate: string }[]) {
          if (oldest === undefined || createdDate < oldest) oldest = createdDate;
        }
      }
    }
    return oldest;
  }

  private merged(queries: Query[]): AsyncIterable<MessageRow> {
    return mergeSorted(
      queries.map((query) => this.rows(query)),
      byCreatedDate,
    );
  }

  private async *rows(query: Query): AsyncGenerator<MessageRow> {
    for await (const page of this.pages(query)) {
      for (const item of page) yield fromMessageItem(item);
    }
  }

  private pages(query: Query) {
    return queryPages(this.doc, { ...query, TableName: this.options.messageTable, Limit: this.pageSize });
  }
}

/** A FilterExpression whose parts are all required, with their placeholder values. */
interface Filter {
  expression?: string;
  values: Record<string, unknown>;
}

/** The parts whose one placeholder has a value: `[part, placeholder, value]`, or `[part]` for one always kept. */
function filterOf(...parts: [string, string?, string?][]): Filter {
  const kept = parts.filter(([, name, value]) => name === undefined || value !== undefined);
  return {
    ...(kept.length > 0 && { expression: kept.map(([part]) => part).join(' AND ') }),
    values: Object.fromEntries(kept.flatMap(([, name, value]) => (name ? [[name, value]] : []))),
  };
}

function pendingQuery(state: string, created: InclusiveBounds = {}, filter: Filter = { values: {} }): Query {
  return keyQuery(MESSAGE_INDEX.pendingByState, ['pendingState', state], ['createdDate', created], filter);
}

function byEventTypeQuery(eventType: string, created: InclusiveBounds, filter: Filter): Query {
  return keyQuery(MESSAGE_INDEX.byEventType, ['eventType', eventType], ['createdDate', created], filter);
}

/** A Query on one index partition, its sort key within inclusive bounds, with an optional filter. */
function keyQuery(
  IndexName: string,
  [partitionKey, partition]: [string, string],
  [sortKey, { from, to }]: [string, InclusiveBounds],
  filter: Filter,
): Query {
  const key = [`${partitionKey} = :partition`];
  if (from !== undefined && to !== undefined) key.push(`${sortKey} BETWEEN :from AND :to`);
  else if (from !== undefined) key.push(`${sortKey} >= :from`);
  else if (to !== undefined) key.push(`${sortKey} <= :to`);
  return {
    IndexName,
    KeyConditionExpression: key.join(' AND '),
    ...(filter.expression !== undefined && { FilterExpression: filter.expression }),
    ExpressionAttributeValues: {
      ':partition': partition,
      ...(from !== undefined && { ':from': from }),
      ...(to !== undefined && { ':to': to }),
      ...filter.values,
    },
  };
}

/** Processed at all, within the strict processed bounds, at the location when given. */
function processedFilter(filter: ProcessedReportQuery): Filter {
  return filterOf(
    ['attribute_exists(processedDate)'],
    ['processedDate > :processedAfter', ':processedAfter', filter.processedAfter?.toISOString()],
    ['processedDate < :processedBefore', ':processedBefore', filter.processedBefore?.toISOString()],
    ['locationId = :locationId', ':locationId', filter.locationId],
  );
}
