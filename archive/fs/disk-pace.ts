/**
 * Whether recent synchronous file-system calls waited on a disk. Answered from memory, a synchronous
 * call costs a fraction of an asynchronous one's round trip to the file system's threads; waiting on
 * a disk (a first pass after a restart, a USB disk), it blocks the thread, which asynchronous calls
 * leave free to answer searches. One slow call is as often a paused thread (a garbage collection,
 * both cores busy) as a slow disk, so slowness is an average that forgets; and while calls go
 * asynchronously, one in `probeEvery` is still made synchronously, to notice when the disk answers
 * from memory again.
 */
export interface DiskPaceSettings {
  /** A synchronous call slower than this waited (on a disk, or for the processor). */
  readonly slowMs: number;
  /** How much of the past each new call keeps (the slowness after n slow calls in a row tends to 1 / (1 - memory)). */
  readonly memory: number;
  /** Calls go asynchronously while the slowness is above this. */
  readonly threshold: number;
  readonly probeEvery: number;
}

export class DiskPace {
  private slowness = 0;
  private asked = 0;

  constructor(private readonly settings: DiskPaceSettings) {}

  /** Whether the next call is to be made asynchronously. */
  waitsOnDisk(): boolean {
    const probe = ++this.asked % this.settings.probeEvery === 0;
    return this.slowness > this.settings.threshold && !probe;
  }

  /**
   * Records how long a synchronous call took. `waitedOnDisk`, asked only about a slow call, can tell
   * a call that waited on a disk from one whose thread waited for a core.
   */
  took(ms: number, waitedOnDisk: (ms: number) => boolean = () => true): void {
    const slow = ms > this.settings.slowMs && waitedOnDisk(ms);
    this.slowness = this.slowness * this.settings.memory + (slow ? 1 : 0);
  }
}
