/** The validator's entry point (`npm start` runs it with tsx; the image runs the esbuild bundle). */
import { runMain } from '@ptpu/platform';
import { loadValidatorConfig, validatorConfigSchema } from './config';
import { startValidator } from './validator';

runMain(
  { name: 'validator', schema: validatorConfigSchema, load: loadValidatorConfig },
  async (config, logger, hooks) => {
    const validator = await startValidator(config, logger);
    hooks.push(...validator.shutdownHooks);
    return { url: validator.url, managementUrl: validator.managementUrl };
  },
);
