import http from 'node:http';
import type { AddressInfo } from 'node:net';

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

/** Which calls DynamoDB refuses while a refusal is set; every given condition must hold. */
export interface DynamoDbRefusal {
  /** The operation, as the `X-Amz-Target` header names it after the dot, e.g. `TransactWriteItems`. */
  operation?: string;
  /** Text the JSON request body contains, e.g. an attribute name an update sets. */
  bodyIncludes?: string;
  /** A share (0-1] of the matching calls, spread evenly (0.5 = every second one); all of them when absent. */
  share?: number;
  /** Only the next N calls refused; every matching call while set when absent. */
  times?: number;
}

/**
 * An HTTP proxy in front of DynamoDB Local for apps to point at: it forwards every call, except those a
 * refusal matches, which it answers itself with a throttling error, as DynamoDB does when a table or the
 * account is over its limits. The apps' SDK retries see the same answers a real refusal gives them.
 */
export class DynamoDbFaultProxy {
  private refusal: { rule: DynamoDbRefusal; matched: number; refused: number } | undefined;
  /** Calls answered with a throttling error so far. */
  refused = 0;

  private constructor(
    private readonly server: http.Server,
    private readonly agent: http.Agent,
  ) {}

  static async start(target: string): Promise<DynamoDbFaultProxy> {
    const { hostname, port } = new URL(target);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
    const server = http.createServer();
    const proxy = new DynamoDbFaultProxy(server, agent);
    server.on('request', (req, res) => proxy.handle(req, res, hostname, Number(port)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** From now on refuse the calls `rule` matches (replacing any earlier refusal). */
  refuse(rule: DynamoDbRefusal): void {
    this.refusal = { rule, matched: 0, refused: 0 };
  }

  clear(): void {
    this.refusal = undefined;
  }

  async close(): Promise<void> {
    this.agent.destroy();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, host: string, port: number): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => {
      const body = Buffer.concat(chunks);
      if (this.refuses(String(req.headers['x-amz-target'] ?? ''), body)) return this.throttle(res);
      const upstream = http.request(
        { host, port, method: req.method, path: req.url, headers: req.headers, agent: this.agent },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      upstream.end(body);
    });
  }

  private refuses(target: string, body: Buffer): boolean {
    const refusal = this.refusal;
    if (!refusal) return false;
    const { rule } = refusal;
    if (rule.operation !== undefined && target.split('.').pop() !== rule.operation) return false;
    if (rule.bodyIncludes !== undefined && !body.includes(rule.bodyIncludes)) return false;
    if (rule.times !== undefined && refusal.refused >= rule.times) return false;
    refusal.matched += 1;
    const share = rule.share ?? 1;
    if (Math.floor(refusal.matched * share) === Math.floor((refusal.matched - 1) * share)) return false;
    refusal.refused += 1;
    return true;
  }

  private throttle(res: http.ServerResponse): void {
    const body = JSON.stringify(THROTTLE_BODIES[this.refused++ % THROTTLE_BODIES.length]);
    res.writeHead(400, {
      'content-type': 'application/x-amz-json-1.0',
      'content-length': Buffer.byteLength(body),
      'x-amzn-requestid': `refused-${this.refused}`,
    });
    res.end(body);
  }
}
