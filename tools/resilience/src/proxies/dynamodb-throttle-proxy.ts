import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { EvenlySpread } from './evenly-spread';

/** The two throttling answers DynamoDB gives (HTTP 400, JSON 1.0 error body), taken in turn. */
const THROTTLE_BODIES = [
  {
    __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
    message: 'The level of configured provisioned throughput for the table was exceeded.',
  },
  {
    __type: 'com.amazon.coral.availability#ThrottlingException',
    message: 'Rate of requests exceeds the allowed throughput.',
  },
];

/**
 * An HTTP proxy in front of DynamoDB Local that the apps point at. Normally it forwards every call; while
 * throttling it answers a share of them itself, as DynamoDB does when a table or the account is over its limits.
 */
export class DynamoDbThrottleProxy {
  private spread: EvenlySpread | undefined;
  private answered = 0;
  /** Calls answered with a throttling error so far. */
  throttled = 0;

  private constructor(
    private readonly server: http.Server,
    private readonly agent: http.Agent,
  ) {}

  static async start(target: string): Promise<DynamoDbThrottleProxy> {
    const { hostname, port } = new URL(target);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
    const server = http.createServer();
    const proxy = new DynamoDbThrottleProxy(server, agent);
    server.on('request', (req, res) => proxy.handle(req, res, hostname, Number(port)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** From now on answer `share` (0-1] of the calls with a throttling error. */
  throttle(share: number): void {
    this.spread = new EvenlySpread(share);
  }

  clear(): void {
    this.spread = undefined;
  }

  async close(): Promise<void> {
    this.agent.destroy();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, host: string, port: number): void {
    if (this.spread?.fires() === true) {
      // The request body is read before answering, as DynamoDB reads it before refusing.
      req.resume();
      req.once('end', () => {
        const body = JSON.stringify(THROTTLE_BODIES[this.answered++ % THROTTLE_BODIES.length]);
        this.throttled += 1;
        res.writeHead(400, {
          'content-type': 'application/x-amz-json-1.0',
          'content-length': Buffer.byteLength(body),
          'x-amzn-requestid': `throttled-${this.throttled}`,
        });
        res.end(body);
      });
      return;
    }
    const upstream = http.request(
      { host, port, method: req.method, path: req.url, headers: req.headers, agent: this.agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  }
}
