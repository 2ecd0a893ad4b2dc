import { checkIngressDenials } from './ingress-rules';

const snippet = (regex: string) =>
  `configuration-snippet: |\n  if ($uri ~* "${regex}") {\n    return 401;\n  }\n`;

describe('checkIngressDenials', () => {
  it('when the snippet denies exactly the in-cluster paths, then it reports nothing', () => {
    expect(checkIngressDenials(snippet('^/(prometheus|queue-admin/retry-all-dlqs)/?$|^/admin(/|$)'))).toEqual(
      [],
    );
  });

  it('when the snippet forgets /admin and blocks all of queue-admin, then both are reported', () => {
    expect(checkIngressDenials(snippet('^/(prometheus|queue-admin)'))).toEqual([
      '/admin is not denied',
      '/admin/retry-tier/short is not denied',
      '/admin/reprocess-booking/1200835 is not denied',
      '/queue-admin/retry-dlq/ptpu-events-dlq is denied but must stay reachable',
      '/queue-admin/get-dlq-messages/ptpu-events-dlq is denied but must stay reachable',
      '/prometheus-docs is denied but must stay reachable',
    ]);
  });

  it('when there is no return-401 snippet, then it says so', () => {
    expect(checkIngressDenials('location /prometheus { deny all; }')).toEqual([
      'no `if ($uri ~* "...") { return 401; }` snippet',
    ]);
  });
});
