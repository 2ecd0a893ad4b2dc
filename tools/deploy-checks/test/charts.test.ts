import { readdirSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import {
  APP_CHARTS,
  COMMON_CHART,
  DEPLOYABLE_CHARTS,
  ENVIRONMENTS,
  HELM_DIR,
  chartDir,
  valuesFilesFor,
} from '../src/charts/chart-layout';
import { mergedValuesFor } from '../src/charts/chart-files';
import { expectedValuesSchemas } from '../src/charts/values-schemas';
import { WORKSPACE_ROOT, asMapping, readJson, readYaml } from '../src/files/workspace-files';

const chartsOnDisk = readdirSync(path.join(WORKSPACE_ROOT, HELM_DIR), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** Compiling a schema is the slow part: once per chart. */
const validators = new Map<string, ValidateFunction>();
const validatorFor = (chart: string): ValidateFunction => {
  if (!validators.has(chart)) {
    const schema = readJson(`${chartDir(chart)}/values.schema.json`) as object;
    validators.set(chart, new Ajv({ allErrors: true, strict: true }).compile(schema));
  }
  return validators.get(chart) as ValidateFunction;
};

const deployments = DEPLOYABLE_CHARTS.flatMap((chart) => ENVIRONMENTS.map((env) => [chart, env] as const));

describe('Helm charts', () => {
  it('when helm_deploy is listed, then it holds exactly the app, library and monitoring charts', () => {
    expect(chartsOnDisk).toEqual([...DEPLOYABLE_CHARTS, COMMON_CHART].sort());
  });

  it.each(chartsOnDisk)(
    'when %s/Chart.yaml is parsed, then it is a Helm 3 chart named after its folder',
    (chart) => {
      const manifest = asMapping(readYaml(`${chartDir(chart)}/Chart.yaml`), chart);

      expect(manifest).toMatchObject({
        apiVersion: 'v2',
        name: chart,
        version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
        type: chart === COMMON_CHART ? 'library' : 'application',
      });
    },
  );

  it.each(APP_CHARTS)(
    'when %s lists its dependencies, then it takes the shared templates from the library chart',
    (chart) => {
      const manifest = asMapping(readYaml(`${chartDir(chart)}/Chart.yaml`), chart);
      const library = asMapping(readYaml(`${chartDir(COMMON_CHART)}/Chart.yaml`), COMMON_CHART);

      expect(manifest.dependencies).toEqual([
        { name: COMMON_CHART, version: library.version, repository: `file://../${COMMON_CHART}` },
      ]);
    },
  );

  it('when the values schemas are regenerated from the configuration contract, then the committed ones match', () => {
    for (const { file, schema } of expectedValuesSchemas()) {
      // Compared as data, so reformatting the JSON files does not matter.
      expect({ file, schema: readJson(file) }).toEqual({ file, schema: JSON.parse(JSON.stringify(schema)) });
    }
  });

  it.each(deployments)(
    'when %s is deployed to %s, then its merged values pass its values.schema.json',
    (chart, env) => {
      const validate = validatorFor(chart);

      const valid = validate(mergedValuesFor(chart, env));

      expect({ files: valuesFilesFor(chart, env), errors: valid ? [] : validate.errors }).toEqual({
        files: valuesFilesFor(chart, env),
        errors: [],
      });
    },
  );

  it('when a values file has a misspelt key, then the schema refuses it', () => {
    const chart = APP_CHARTS[0];
    const validate = validatorFor(chart);
    const values = mergedValuesFor(chart, 'prod');

    expect(validate({ ...values, config: { ...(values.config as object), holdback: '60m' } })).toBe(false);
    expect(validate.errors?.map((error) => error.params)).toContainEqual({ additionalProperty: 'holdback' });
  });

  it.each(ENVIRONMENTS)('when the shared %s values name the upstreams, then every URL is https', (env) => {
    const shared = asMapping(readYaml(`${HELM_DIR}/values-${env}.yaml`), env);
    const urls = [
      ...Object.values(asMapping(shared.upstreams, 'upstreams')),
      asMapping(shared.auth, 'auth').url,
    ];

    expect(urls.filter((url) => !String(url).startsWith('https://'))).toEqual([]);
  });
});
