import type { SQSClient } from '@aws-sdk/client-sqs';
import type { HealthCheckResult, HealthComponent } from '@ptpu/platform';
import { parseRedrivePolicy, queueAttributes } from '../sqs/queue-attributes';
import type { QueuePair } from '../sqs/queue-pair';

/**
 * hmpps-sqs's `<queueId>-health`: the queue's and the DLQ's counts; DOWN when either cannot be read or the queue
 * does not dead-letter into its DLQ, as a failing message would then be retried for ever.
 */
export function queueHealth(sqs: SQSClient, queues: QueuePair): HealthComponent {
  return {
    name: `${queues.queueId}-health`,
    readiness: true,
    async check(): Promise<HealthCheckResult> {
      const [queue, dlq] = await Promise.all([
        queueAttributes(sqs, queues.queueUrl, [
          'ApproximateNumberOfMessages',
          'ApproximateNumberOfMessagesNotVisible',
          'RedrivePolicy',
        ]),
        queueAttributes(sqs, queues.dlqUrl, ['ApproximateNumberOfMessages', 'QueueArn']),
      ]);
      const counts = {
        queueName: queues.queueName,
        messagesOnQueue: Number(queue.ApproximateNumberOfMessages ?? 0),
        messagesInFlight: Number(queue.ApproximateNumberOfMessagesNotVisible ?? 0),
        dlqName: queues.dlqName,
        messagesOnDlq: Number(dlq.ApproximateNumberOfMessages ?? 0),
      };
      const policy = parseRedrivePolicy(queue.RedrivePolicy);
      // /health shows the code; the reason, which names the queues' ARNs (the account), goes to the log only.
      const down = (errorCode: string, reason: string): HealthCheckResult => ({
        status: 'DOWN',
        details: { ...counts, dlqStatus: 'DOWN', errorCode },
        cause: new Error(reason),
      });
      if (!policy) return down('QUEUE.NO_REDRIVE_POLICY', `queue ${queues.queueName} has no redrive policy`);
      if (policy.deadLetterTargetArn !== dlq.QueueArn) {
        return down(
          'QUEUE.WRONG_DLQ',
          `queue ${queues.queueName} dead-letters to ${policy.deadLetterTargetArn}, not to ${queues.dlqName}`,
        );
      }
      return {
        status: 'UP',
        details: { ...counts, dlqStatus: 'UP', maxReceiveCount: policy.maxReceiveCount },
      };
    },
  };
}
