import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '@ptpu/local-stack';

const WORKSPACE = path.resolve(__dirname, '../../..');
/** USER_HZ, the unit of /proc/<pid>/stat's CPU times: 100 on every Linux this runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

/** An app as production runs it: the esbuild bundle in a process of its own, so its memory is its own. */
export class AppProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  /** Builds the bundle, starts it with `env` and node's `nodeOptions`, and resolves once it answers /health/ping. */
  static async start(
    app: 'processor' | 'retrier',
    env: Record<string, string>,
    nodeOptions: readonly string[],
  ): Promise<AppProcess> {
    execFileSync(
      process.execPath,
      [path.join(WORKSPACE, 'node_modules/tsx/dist/cli.mjs'), 'tools/build-app.ts', app],
      {
        cwd: WORKSPACE,
        stdio: 'ignore',
      },
    );
    const port = await freePort();
    const child = spawn(process.execPath, [...nodeOptions, `dist/apps/${app}/main.js`], {
      cwd: WORKSPACE,
      env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const started = new AppProcess(child, `http://127.0.0.1:${port}`);
    const deadline = Date.now() + 30_000;
    while (!(await started.answers())) {
      if (child.exitCode !== null) throw new Error(`the ${app} exited with ${child.exitCode} while starting`);
      if (Date.now() > deadline) throw new Error(`the ${app} did not answer /health/ping within 30 s`);
      await sleep(50);
    }
    return started;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** `ptpu_statusChangeCounter_total{type="total"}`: status-change rows the processor finished. */
  async statusChangesCounted(): Promise<number> {
    const metrics = await (await fetch(`${this.url}/prometheus`)).text();
    const line = /^ptpu_statusChangeCounter_total\{type="total"\} (\d+)/m.exec(metrics);
    return line ? Number(line[1]) : 0;
  }

  /** CPU time the process has used so far, in seconds (Linux: utime + stime of /proc/<pid>/stat). */
  cpuSeconds(): number {
    const fields = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  }

  /** Peak resident set size so far, in MB (Linux: VmHWM of /proc/<pid>/status). */
  peakRssMb(): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(status);
    if (!kb) throw new Error('no VmHWM in /proc/<pid>/status');
    return Number(kb[1]) / 1024;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  private async answers(): Promise<boolean> {
    try {
      return (await fetch(`${this.url}/health/ping`, { signal: AbortSignal.timeout(500) })).ok;
    } catch {
      return false;
    }
  }
}

/** Waits until `count()` reaches `target` (telling `onCount` each count), failing when it stops moving for `stallMs`. */
export async function waitForCount(
  count: () => Promise<number>,
  target: number,
  onCount: (current: number) => void = () => undefined,
  stallMs = 60_000,
): Promise<void> {
  let last = -1;
  let movedAt = Date.now();
  for (;;) {
    const current = await count();
    onCount(current);
    if (current >= target) return;
    if (current !== last) {
      last = current;
      movedAt = Date.now();
    } else if (Date.now() - movedAt > stallMs) {
      throw new Error(`stuck at ${current} of ${target} for ${stallMs / 1000} s`);
    }
    // Scraping /prometheus costs the processor CPU too, so not too often.
    await sleep(500);
  }
}
