import { existsSync } from 'node:fs';
import path from 'node:path';
import { WORKSPACE_ROOT, listFiles, readText, readYaml } from '../files/workspace-files';
import { COMMON_CHART, chartDir, valuesFilesFor, type Environment } from './chart-layout';
import { mergeValues } from './merge-values';
import { definesIn, expandIncludes } from './template-text';

/** Every named template an app chart can include: its own and the library chart's. */
function definesFor(chart: string): Map<string, string> {
  const dirs = [...new Set([chart, COMMON_CHART])].map((name) => `${chartDir(name)}/templates`);
  const files = dirs.flatMap((dir) => listFiles(dir)).filter((file) => path.basename(file).startsWith('_'));
  return new Map(files.flatMap((file) => [...definesIn(readText(file))]));
}

/** A template of `chart` with its includes expanded (see template-text.ts). */
export function expandedTemplate(chart: string, file: string): string {
  return expandIncludes(readText(`${chartDir(chart)}/templates/${file}`), definesFor(chart));
}

/** One named template of `chart` (its own or the library's), includes expanded. */
export function expandedDefine(chart: string, name: string): string {
  const defines = definesFor(chart);
  const body = defines.get(name);
  if (body === undefined) throw new Error(`${chart} has no template "${name}"`);
  return expandIncludes(body, defines);
}

/** The values one deployment of `chart` to `environment` gets, merged as Helm merges its -f files. */
export function mergedValuesFor(chart: string, environment: Environment): Record<string, unknown> {
  return mergeValues(valuesFilesFor(chart, environment).map((file) => readYaml(file)));
}

export function chartFileExists(chart: string, file: string): boolean {
  return existsSync(path.join(WORKSPACE_ROOT, chartDir(chart), file));
}
