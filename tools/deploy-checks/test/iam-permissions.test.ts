import { APPS } from '../src/contract/app-environment';
import { awsActionsOf, awsCallsOf } from '../src/iam/aws-actions';
import { documentedActions } from '../src/iam/iam-table';

/** helm_deploy/README.md's IRSA table against the AWS calls each app's code can make (src/iam/aws-actions.ts). */
describe('IAM permissions (helm_deploy/README.md, IRSA roles)', () => {
  const documented = documentedActions();

  it('when the table is read, then it has one row per app', () => {
    expect([...documented.keys()]).toEqual(APPS);
  });

  it.each(APPS)(
    'when the %s code is bundled, then its role grants exactly the AWS actions it calls',
    async (app) => {
      const needed = [...(await awsActionsOf(app))].sort();

      expect({ app, actions: [...(documented.get(app) ?? [])].sort() }).toEqual({ app, actions: needed });
    },
  );

  it("when the processor re-reads a booking's rows, then the derivation sees BatchGetItem and the claim-fenced write's items", async () => {
    const calls = await awsCallsOf('processor');

    expect(calls).toEqual(
      expect.arrayContaining([
        { action: 'dynamodb:BatchGetItem', source: 'libs/store/src/message-repository.ts' },
        { action: 'dynamodb:ConditionCheckItem', source: 'libs/store/src/claimed-write.ts' },
      ]),
    );
  });

  it('when the validator consumes through sqs-consumer, then the calls made inside the package count too', async () => {
    const calls = await awsCallsOf('validator');

    expect(calls.filter((call) => call.source === 'sqs-consumer').map((call) => call.action)).toEqual(
      expect.arrayContaining(['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility']),
    );
  });
});
