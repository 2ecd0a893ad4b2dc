import type { FaultSpec, UpstreamName } from '@ptpu/sandbox';
import { SeededRandom } from '../seeded-random';
import type { ScenarioContext } from './scenario';

/** The validators call these from the first event on... */
const VALIDATOR_SIDE: UpstreamName[] = ['auth', 'prisonApi'];
/** ...the workers these, once the first rows are past the hold-back. */
const WORKER_SIDE: UpstreamName[] = ['offenderSearch', 'communityApi'];

/**
 * Seeded bursts of sandbox faults over `windowMs`: each burst takes the next upstream and a seeded share, holds
 * the fault for one to three seconds, and ends it, until the window is over. The upstreams the validators call and those the
 * workers call each get a track of their own, the workers' starting after the hold-back, so every upstream named
 * is faulted while it is being called.
 */
export async function sandboxBursts(
  context: ScenarioContext,
  windowMs: number,
  faultOf: (upstream: UpstreamName, random: SeededRandom) => Omit<FaultSpec, 'upstream' | 'share'>,
  upstreams: readonly UpstreamName[] = [...VALIDATOR_SIDE, ...WORKER_SIDE],
): Promise<void> {
  const tracks = [
    { from: 0, upstreams: upstreams.filter((u) => VALIDATOR_SIDE.includes(u)) },
    { from: context.stack.settings.holdBackMs, upstreams: upstreams.filter((u) => WORKER_SIDE.includes(u)) },
  ];
  // Each track draws from its own generator, so how their timers interleave cannot change the schedule.
  const seeded = tracks.map((track) => ({
    ...track,
    random: new SeededRandom(context.random.between(1, 2 ** 31)),
  }));
  await Promise.all(
    seeded
      .filter((track) => track.upstreams.length > 0)
      .map((track) => burstTrack(context, track.random, track.from, windowMs, track.upstreams, faultOf)),
  );
}

async function burstTrack(
  context: ScenarioContext,
  random: SeededRandom,
  fromMs: number,
  windowMs: number,
  upstreams: readonly UpstreamName[],
  faultOf: (upstream: UpstreamName, random: SeededRandom) => Omit<FaultSpec, 'upstream' | 'share'>,
): Promise<void> {
  let t = fromMs + random.between(0, 500);
  // In turn from a seeded start, so each upstream of the track gets its bursts while it is being called.
  let turn = random.between(0, upstreams.length - 1);
  while (t < windowMs) {
    await context.at(t);
    const upstream = upstreams[turn++ % upstreams.length];
    const share = random.between(30, 80) / 100;
    const lastsMs = random.between(1_000, 3_000);
    const spec = { upstream, share, ...faultOf(upstream, random) } as FaultSpec;
    const id = context.stack.sandbox.admin.addFault(spec);
    context.note(`${t} ms: ${describe(spec)} for ${lastsMs} ms`);
    t += lastsMs;
    await context.at(t);
    context.stack.sandbox.admin.removeFault(id);
    t += random.between(0, 1_000);
  }
}

function describe(spec: FaultSpec): string {
  const what = spec.reset
    ? 'reset'
    : spec.status !== undefined
      ? `status ${spec.status}`
      : spec.holdMs !== undefined
        ? `held ${spec.holdMs} ms, then applied`
        : 'slow';
  const delay = spec.delayMs !== undefined ? ` after ${spec.delayMs} ms` : '';
  const applied = spec.afterApply ? ' after applying' : '';
  return `${spec.upstream} ${spec.method ?? '*'} ${spec.path} ${what}${delay}${applied}, share ${spec.share}`;
}
