import type { IgnoreSeen } from '../checks/accounting';
import type { ClaimTaken } from '../checks/late-writes';
import { LogTail } from './log-tail';

/** What the apps' logs prove: the validator's acknowledged ignores and every claim taken. */
export class AppLogEvidence {
  private readonly tails: LogTail[] = [];
  readonly ignores: IgnoreSeen[] = [];
  readonly claimsTaken: ClaimTaken[] = [];

  watch(file: string): void {
    if (!this.tails.some((tail) => tail.file === file)) this.tails.push(new LogTail(file));
  }

  /** Reads what the apps logged since the last call. */
  collect(): void {
    for (const tail of this.tails) {
      for (const entry of tail.readNew()) {
        if (entry.msg === 'event ignored' && typeof entry.messageId === 'string') {
          this.ignores.push({ messageId: entry.messageId, reason: String(entry.reason ?? '') });
        } else if (entry.msg === 'claim taken' && typeof entry.lockId === 'string') {
          this.claimsTaken.push({
            lockId: entry.lockId,
            owner: String(entry.owner),
            fence: Number(entry.fence),
            takenAt: String(entry.takenAt),
          });
        }
      }
    }
  }
}
