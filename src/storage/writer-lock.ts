/**
 * One writer per attempt across tabs, with the Web Locks API: the tab that holds the lock writes; another tab may
 * take it over (steal), and the first tab is told it lost the lock and stops writing.
 */
const LOCK = 'aws-mock-exam-writer';

export interface WriterLock {
  /** 'held' when this tab now writes; 'busy' when another tab holds it (call again with steal to take it over). */
  acquire(steal?: boolean): Promise<'held' | 'busy'>;
  /** Called once if another tab takes the lock. */
  onLost(cb: () => void): void;
  release(): void;
}

export function createWriterLock(): WriterLock {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  let releaseFn: (() => void) | undefined;
  let lost: (() => void) | undefined;
  if (!locks) return { acquire: async () => 'held', onLost: () => {}, release: () => {} };
  return {
    acquire(steal = false) {
      return new Promise((resolve) => {
        const opts: LockOptions = steal ? { steal: true } : { ifAvailable: true };
        locks
          .request(LOCK, opts, (lock) => {
            if (!lock) {
              resolve('busy');
              return undefined;
            }
            resolve('held');
            return new Promise<void>((r) => (releaseFn = r));
          })
          .catch((e: unknown) => {
            if ((e as Error).name === 'AbortError') lost?.();
          });
      });
    },
    onLost(cb) {
      lost = cb;
    },
    release() {
      releaseFn?.();
      releaseFn = undefined;
    },
  };
}
