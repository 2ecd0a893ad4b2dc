/** The processor's entry point (`npm start` runs it with tsx; the image runs the esbuild bundle). */
import { runMain } from '@ptpu/platform';
import { loadProcessorConfig, processorConfigSchema } from './config';
import { startProcessor } from './processor';

runMain(
  { name: 'processor', schema: processorConfigSchema, load: loadProcessorConfig },
  async (config, logger, hooks) => {
    const processor = await startProcessor(config, logger);
    hooks.push(...processor.shutdownHooks);
    return { url: processor.url, owner: processor.owner };
  },
);
