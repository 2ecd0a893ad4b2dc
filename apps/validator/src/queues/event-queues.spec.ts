import { parseRedrivePolicy } from './event-queues';

describe('parseRedrivePolicy', () => {
  const arn = 'arn:aws:sqs:eu-west-2:000000000000:ptpu-events-dlq';

  it('reads the DLQ and the receive limit, which SQS gives as a string or a number', () => {
    expect(parseRedrivePolicy(JSON.stringify({ deadLetterTargetArn: arn, maxReceiveCount: '3' }))).toEqual({
      deadLetterTargetArn: arn,
      maxReceiveCount: 3,
    });
    expect(
      parseRedrivePolicy(JSON.stringify({ deadLetterTargetArn: arn, maxReceiveCount: 5 }))?.maxReceiveCount,
    ).toBe(5);
  });

  it.each([
    ['absent', undefined],
    ['empty', ''],
    ['not JSON', '{oops'],
    ['without a target', JSON.stringify({ maxReceiveCount: 3 })],
    ['without a limit', JSON.stringify({ deadLetterTargetArn: arn })],
  ])('when the policy is %s, then there is none', (_case, attribute) => {
    expect(parseRedrivePolicy(attribute)).toBeUndefined();
  });
});
