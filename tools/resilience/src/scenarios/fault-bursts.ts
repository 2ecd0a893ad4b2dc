import type { FaultSpec, UpstreamName } from '@ptpu/sandbox';
import type { ScenarioContext } from './scenario';

const UPSTREAMS: UpstreamName[] = ['auth', 'prisonApi', 'offenderSearch', 'communityApi'];

/**
 * Seeded bursts of sandbox faults over `windowMs`: each burst picks an upstream and a share, holds the fault for
 * one to three seconds, and ends it, until the window is over.
 */
export async function sandboxBursts(
  context: ScenarioContext,
  windowMs: number,
  faultOf: (upstream: UpstreamName) => Omit<FaultSpec, 'upstream' | 'share'>,
  upstreams: readonly UpstreamName[] = UPSTREAMS,
): Promise<void> {
  const { random, stack } = context;
  let t = random.between(0, 500);
  while (t < windowMs) {
    await context.at(t);
    const upstream = random.pick(upstreams);
    const share = Math.round(random.between(30, 80)) / 100;
    const lastsMs = random.between(1_000, 3_000);
    const spec = { upstream, share, ...faultOf(upstream) } as FaultSpec;
    const id = stack.sandbox.admin.addFault(spec);
    context.note(`${t} ms: ${describe(spec)} for ${lastsMs} ms`);
    t += lastsMs;
    await context.at(t);
    stack.sandbox.admin.removeFault(id);
    t += random.between(0, 1_000);
  }
}

function describe(spec: FaultSpec): string {
  const what = spec.reset ? 'reset' : spec.status !== undefined ? `status ${spec.status}` : 'slow';
  const delay = spec.delayMs !== undefined ? ` after ${spec.delayMs} ms` : '';
  const applied = spec.afterApply ? ' after applying' : '';
  return `${spec.upstream} ${spec.method ?? '*'} ${spec.path} ${what}${delay}${applied}, share ${spec.share}`;
}
