import { readText } from '../files/workspace-files';

const README = 'helm_deploy/README.md';
const SERVICES: Record<string, string> = { SQS: 'sqs', SNS: 'sns', DynamoDB: 'dynamodb' };

/**
 * The AWS actions helm_deploy/README.md's "IRSA roles" table grants each app, as `service:Action`. A cell is
 * `;`-separated grants, each starting with its service (`SQS on the queue ...: \`ReceiveMessage\`, ...`).
 */
export function documentedActions(): Map<string, Set<string>> {
  const section = /### IRSA roles[\s\S]*?(?=\n## |\n### |$)/.exec(readText(README))?.[0];
  if (!section) throw new Error(`${README}: no "IRSA roles" section`);
  const rows = [...section.matchAll(/^\| (\w+) +\| (.*?) *\|$/gm)].filter(([, app]) => app !== 'app');
  return new Map(
    rows.map(([, app, cell]) => {
      const actions = cell.split(';').flatMap((grant) => {
        const service = SERVICES[grant.trim().split(/\s/, 1)[0]];
        if (!service) throw new Error(`${README}: the ${app} grant "${grant.trim()}" names no service`);
        return [...grant.matchAll(/`([A-Z][A-Za-z]+)`/g)].map((m) => `${service}:${m[1]}`);
      });
      return [app, new Set(actions)];
    }),
  );
}
