/** The retrier's entry point (`npm start` runs it with tsx; the image runs the esbuild bundle). */
import { runMain } from '@ptpu/platform';
import { loadRetrierConfig, retrierConfigSchema } from './config';
import { startRetrier } from './retrier';

runMain(
  { name: 'retrier', schema: retrierConfigSchema, load: loadRetrierConfig },
  async (config, logger, hooks) => {
    const retrier = await startRetrier(config, logger);
    hooks.push(...retrier.shutdownHooks);
    return { url: retrier.url };
  },
);
