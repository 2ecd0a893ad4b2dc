import { createServer, type Server } from 'node:http';

/**
 * Binds every port before any app exists, because the token issuer's URL (and so every app) depends on the
 * auth port the OS picked. A port already in use closes the others and fails with the port named.
 */
export async function listenAll<K extends string>(
  host: string,
  ports: Record<K, number>,
): Promise<Record<K, Server>> {
  const entries = Object.entries(ports) as [K, number][];
  const results = await Promise.allSettled(entries.map(([, port]) => listen(host, port)));
  const failed = results.findIndex((result) => result.status === 'rejected');
  if (failed >= 0) {
    await Promise.all(
      results.flatMap((result) => (result.status === 'fulfilled' ? [closeServer(result.value)] : [])),
    );
    const [name, port] = entries[failed];
    const reason = (results[failed] as PromiseRejectedResult).reason as Error;
    throw new Error(`The sandbox could not listen for ${name} on ${host}:${port}: ${reason.message}`, {
      cause: reason,
    });
  }
  return Object.fromEntries(
    entries.map(([name], i) => [name, (results[i] as PromiseFulfilledResult<Server>).value]),
  ) as Record<K, Server>;
}

function listen(host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
