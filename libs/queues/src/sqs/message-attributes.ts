import type { MessageAttributeValue } from '@aws-sdk/client-sqs';

/** Why the app dead-lettered a message itself (poison). */
export const REJECT_REASON_ATTRIBUTE = 'ptpu-reject-reason';

/** How many times housekeeping has put a message back from the DLQ. */
export const REDRIVE_COUNT_ATTRIBUTE = 'ptpu-redrive-count';

export type MessageAttributes = Record<string, MessageAttributeValue>;

/** SQS caps a message at 10 attributes, and a reason is for people: keep it short. */
const MAX_REASON_LENGTH = 256;

/** 0 when the message has none (never redriven) or it is unreadable. */
export function redriveCountOf(attributes: MessageAttributes | undefined): number {
  const value = Number(attributes?.[REDRIVE_COUNT_ATTRIBUTE]?.StringValue);
  return Number.isSafeInteger(value) && value > 0 ? value : 0;
}

export function withRedriveCount(
  attributes: MessageAttributes | undefined,
  count: number,
): MessageAttributes {
  return { ...attributes, [REDRIVE_COUNT_ATTRIBUTE]: { DataType: 'Number', StringValue: String(count) } };
}

export function withRejectReason(
  attributes: MessageAttributes | undefined,
  reason: string,
): MessageAttributes {
  return {
    ...attributes,
    [REJECT_REASON_ATTRIBUTE]: { DataType: 'String', StringValue: reason.slice(0, MAX_REASON_LENGTH) },
  };
}

/**
 * The attributes of a received message in the form SendMessage accepts: SQS returns reserved list fields
 * that it refuses on the way back in.
 */
export function resendableAttributes(attributes: MessageAttributes | undefined): MessageAttributes {
  return Object.fromEntries(
    Object.entries(attributes ?? {}).map(([name, { DataType, StringValue, BinaryValue }]) => [
      name,
      {
        DataType,
        ...(StringValue !== undefined && { StringValue }),
        ...(BinaryValue !== undefined && { BinaryValue }),
      },
    ]),
  );
}
