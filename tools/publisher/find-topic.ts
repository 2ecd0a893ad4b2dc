import { ListTopicsCommand, type SNSClient } from '@aws-sdk/client-sns';

/** The ARN of the topic with this name, looked up page by page; throws when the endpoint has none. */
export async function findTopicArn(sns: SNSClient, name: string): Promise<string> {
  let nextToken: string | undefined;
  do {
    const page = await sns.send(new ListTopicsCommand({ NextToken: nextToken }));
    const arn = page.Topics?.map((topic) => topic.TopicArn).find((topicArn) =>
      topicArn?.endsWith(`:${name}`),
    );
    if (arn !== undefined) return arn;
    nextToken = page.NextToken;
  } while (nextToken !== undefined);
  throw new Error(`No SNS topic named ${name}: is the local stack running (npm start)? Or pass --topic-arn.`);
}
