import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';

/** Reads the JSON lines appended to a file since the last read, keeping a partial last line for later. */
export class LogTail {
  private offset = 0;
  private partial = '';

  constructor(readonly file: string) {}

  readNew(): Record<string, unknown>[] {
    if (!existsSync(this.file)) return [];
    const size = statSync(this.file).size;
    if (size <= this.offset) return [];
    const buffer = Buffer.alloc(size - this.offset);
    const fd = openSync(this.file, 'r');
    try {
      readSync(fd, buffer, 0, buffer.length, this.offset);
    } finally {
      closeSync(fd);
    }
    this.offset = size;
    const text = this.partial + buffer.toString('utf8');
    const lines = text.split('\n');
    this.partial = lines.pop() ?? '';
    const entries: Record<string, unknown>[] = [];
    for (const line of lines) {
      if (!line.startsWith('{')) continue;
      try {
        entries.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // A line the app did not write as JSON (a crash trace): not evidence of anything we count.
      }
    }
    return entries;
  }
}
