/**
 * Picks a share of calls spread evenly, as the sandbox's faults do (0.5 = every second call), so a fault's
 * effect does not depend on luck; which calls those are still depends on how the processes interleave.
 */
export class EvenlySpread {
  private calls = 0;

  constructor(private readonly share: number) {}

  fires(): boolean {
    this.calls += 1;
    return Math.floor(this.calls * this.share) > Math.floor((this.calls - 1) * this.share);
  }
}
