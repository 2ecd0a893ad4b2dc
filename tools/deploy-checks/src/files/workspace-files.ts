import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

/** The repository root: every path in these checks is relative to it. */
export const WORKSPACE_ROOT = path.resolve(__dirname, '../../../..');

export function readText(relativePath: string): string {
  return readFileSync(path.join(WORKSPACE_ROOT, relativePath), 'utf8');
}

export function readJson(relativePath: string): unknown {
  return JSON.parse(readText(relativePath));
}

/**
 * Parses one YAML document strictly: a syntax error, a duplicate key or a second document is an error that
 * names the file, because Helm and docker-compose would reject (or silently mis-read) it too. `merge` turns on
 * YAML 1.1 merge keys (`<<: *anchor`), which docker-compose understands and Helm does not need.
 */
export function parseYaml(text: string, source: string, options: { merge?: boolean } = {}): unknown {
  const documents = parseAllDocuments(text, { uniqueKeys: true, merge: options.merge ?? false });
  if (!Array.isArray(documents) || documents.length !== 1) {
    throw new Error(`${source}: expected exactly one YAML document`);
  }
  const [document] = documents;
  if (document.errors.length > 0) {
    throw new Error(`${source}: ${document.errors.map((error) => error.message).join('; ')}`);
  }
  return document.toJS();
}

export function readYaml(relativePath: string, options: { merge?: boolean } = {}): unknown {
  return parseYaml(readText(relativePath), relativePath, options);
}

/** Files directly inside a folder of the repository, sorted, as repository-relative paths. */
export function listFiles(relativeDir: string): string[] {
  return readdirSync(path.join(WORKSPACE_ROOT, relativeDir), { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.posix.join(relativeDir, entry.name))
    .sort();
}

/** Parses YAML that must be a mapping (a values file, a Chart.yaml, a compose file). */
export function asMapping(value: unknown, source: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${source}: expected a mapping at the top level`);
  }
  return value as Record<string, unknown>;
}

/**
 * The production files (TypeScript unless `named` says otherwise) under the given repository folders, as
 * absolute paths: no specs, tests, test fixtures (`testing/`) or installed packages.
 */
export function productionSourceFiles(roots: string[], named = /\.ts$/): string[] {
  return roots.flatMap((root) =>
    readdirSync(path.join(WORKSPACE_ROOT, root), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && named.test(entry.name) && !/\.(spec|test)\.ts$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .filter((file) => !/[/\\](test|testing|node_modules)[/\\]/.test(file)),
  );
}
