import net from 'node:net';

/**
 * A TCP proxy in front of the SNS/SQS emulator. During an outage it stops listening and drops every open
 * connection, so the apps see refused connections, while the emulator (which keeps no state across a restart)
 * runs on untouched.
 */
export class OutageProxy {
  private listening = true;

  private constructor(
    private readonly server: net.Server,
    readonly port: number,
    private readonly sockets: Set<net.Socket>,
  ) {}

  static async start(target: string): Promise<OutageProxy> {
    const { hostname, port } = new URL(target);
    const sockets = new Set<net.Socket>();
    const server = net.createServer((client) => {
      const upstream = net.connect({ host: hostname, port: Number(port) });
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.once('close', () => sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new OutageProxy(server, (server.address() as net.AddressInfo).port, sockets);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Refuses connections until `restore()`. */
  async refuse(): Promise<void> {
    if (!this.listening) return;
    this.listening = false;
    const closed = new Promise((resolve) => this.server.close(resolve));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  async restore(): Promise<void> {
    if (this.listening) return;
    await new Promise<void>((resolve) => this.server.listen(this.port, '127.0.0.1', resolve));
    this.listening = true;
  }

  async close(): Promise<void> {
    await this.refuse();
  }
}
