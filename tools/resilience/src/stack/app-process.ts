import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FleetApp } from './build-apps';

export interface AppProcessOptions {
  app: FleetApp;
  /** Distinct per process: the pod name the app reports (`HOSTNAME`, as Kubernetes sets it). */
  podName: string;
  bundle: string;
  port: number;
  env: Record<string, string>;
  /** The app's JSON log lines (stdout and stderr) are appended here, across restarts. */
  logFile: string;
}

/**
 * Every app process still alive. They are killed when this process exits, however it ends (a test timeout, a
 * crash of the harness), so no fleet is left running, frozen or not, after the run that started it.
 */
const LIVE = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of LIVE) child.kill('SIGKILL');
});

/** One app instance as a process of its own, which the scenarios kill, restart, freeze and thaw. */
export class AppProcess {
  private child: ChildProcess | undefined;

  constructor(readonly options: AppProcessOptions) {}

  get podName(): string {
    return this.options.podName;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts it and resolves once it answers /health/ping. */
  async start(): Promise<void> {
    const { bundle, port, env, podName, logFile } = this.options;
    const fd = openSync(logFile, 'a');
    const child = spawn(process.execPath, [bundle], {
      env: { ...process.env, ...env, PORT: String(port), HOSTNAME: podName },
      stdio: ['ignore', fd, fd],
    });
    closeSync(fd);
    this.child = child;
    LIVE.add(child);
    child.once('exit', () => LIVE.delete(child));
    const deadline = Date.now() + 30_000;
    while (!(await this.answers())) {
      if (child.exitCode !== null)
        throw new Error(`${podName} exited with ${child.exitCode} while starting (log: ${logFile})`);
      if (Date.now() > deadline) throw new Error(`${podName} did not answer /health/ping within 30 s`);
      await sleep(100);
    }
  }

  /** kill -9: no shutdown hook runs, claims and locks stay held until their lease runs out. */
  async kill9(): Promise<void> {
    await this.signalAndWait('SIGKILL');
  }

  /** SIGSTOP: the process is frozen mid-whatever, its timers and renewals included. */
  pause(): void {
    this.child?.kill('SIGSTOP');
  }

  resume(): void {
    this.child?.kill('SIGCONT');
  }

  /** SIGTERM (the app's own shutdown), SIGKILL after 10 s. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.resume();
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), 10_000);
    await this.signalAndWait('SIGTERM');
    clearTimeout(timer);
  }

  private async signalAndWait(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (child === undefined || !this.running) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }

  private async answers(): Promise<boolean> {
    try {
      const reply = await fetch(`http://127.0.0.1:${this.options.port}/health/ping`, {
        signal: AbortSignal.timeout(500),
      });
      return reply.ok;
    } catch {
      return false;
    }
  }
}
