import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import { gunzipSync } from 'node:zlib';
import { withLogContext } from '../logging/create-logger';
import { createCapturingLogger } from '../testing/capturing-logger';
import { createTelemetry } from './create-telemetry';

describe('createTelemetry without Application Insights', () => {
  it('writes each event as a structured log line carrying the log context', async () => {
    const { logger, lines } = createCapturingLogger();
    const telemetry = await createTelemetry({ logger, roleName: 'ptpu-test' });

    withLogContext({ messageId: 'm-7' }, () =>
      telemetry.trackEvent('P2POffenderNoMatch', { bookingId: 1200835, offenderNo: 'A5089DY' }),
    );

    expect(lines.at(-1)).toMatchObject({
      telemetryEvent: 'P2POffenderNoMatch',
      bookingId: 1200835,
      offenderNo: 'A5089DY',
      messageId: 'm-7',
      level: 'info',
    });
  });

  it('notes at start-up that the log is the only destination', async () => {
    const { logger, lines } = createCapturingLogger();

    await createTelemetry({ logger, roleName: 'ptpu-test' });

    expect(lines).toEqual([
      expect.objectContaining({ level: 'info', msg: expect.stringMatching(/to the log only/) }),
    ]);
  });
});

/**
 * A stand-in for the Application Insights ingestion endpoint. The SDK sends to https only (it rewrites http), so
 * the endpoint has a self-signed certificate made for the test, trusted in this process only.
 */
describe('createTelemetry with Application Insights', () => {
  const received: { path: string; envelopes: Envelope[] }[] = [];
  const trustedBefore = getCACertificates('default');
  let server: Server;
  let connectionString: string;
  let certificateDir: string;

  beforeAll(async () => {
    certificateDir = mkdtempSync(path.join(tmpdir(), 'ptpu-ingestion-'));
    const [key, cert] = ['key.pem', 'cert.pem'].map((file) => path.join(certificateDir, file));
    execFileSync(
      'openssl',
      [
        ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1'],
        ...['-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert],
      ],
      { stdio: 'ignore' },
    );
    setDefaultCACertificates([...trustedBefore, readFileSync(cert, 'utf8')]);
    server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const json = req.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body;
        const envelopes = JSON.parse(json.toString('utf8')) as Envelope[];
        received.push({ path: req.url ?? '', envelopes });
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify({ itemsReceived: envelopes.length, itemsAccepted: envelopes.length, errors: [] }),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    connectionString = `InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint=https://127.0.0.1:${port}/`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    setDefaultCACertificates(trustedBefore);
    rmSync(certificateDir, { recursive: true, force: true });
  });

  it('sends each event as a custom event named as tracked, under the app’s role name, and logs it too', async () => {
    const { logger, lines } = createCapturingLogger();
    const telemetry = await createTelemetry({ logger, connectionString, roleName: 'ptpu-processor' });

    telemetry.trackEvent('P2POffenderNoMatch', {
      bookingId: 1200835,
      offenderNo: 'A5089DY',
      crns: undefined,
    });
    await telemetry.close();

    const events = received
      .flatMap(({ envelopes }) => envelopes)
      .filter((e) => e.data.baseType === 'EventData');
    expect(received.map((r) => r.path)).toContain('/v2.1/track');
    expect(events).toEqual([
      expect.objectContaining({
        name: 'Microsoft.ApplicationInsights.Event',
        iKey: '00000000-0000-0000-0000-000000000001',
        tags: expect.objectContaining({ 'ai.cloud.role': 'ptpu-processor' }),
        data: {
          baseType: 'EventData',
          baseData: expect.objectContaining({
            name: 'P2POffenderNoMatch',
            properties: { bookingId: '1200835', offenderNo: 'A5089DY' },
          }),
        },
      }),
    ]);
    expect(lines).toContainEqual(expect.objectContaining({ telemetryEvent: 'P2POffenderNoMatch' }));
    expect(JSON.stringify(lines)).not.toContain('InstrumentationKey');
  });
});

interface Envelope {
  name: string;
  iKey: string;
  tags: Record<string, string>;
  data: { baseType: string; baseData: { name: string; properties: Record<string, string> } };
}
