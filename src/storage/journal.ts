/**
 * The write-ahead journal of the running attempt. IndexedDB writes are asynchronous, so a change made just before a
 * reload or a closed tab could be lost; the journal records the attempt synchronously (localStorage) before the event
 * handler returns, and is cleared once IndexedDB holds that revision. On the next load the journal is replayed onto
 * the stored attempt when it is newer and from the same writer.
 */
import type { Attempt } from '../exam/attempt.ts';
import type { AttemptRepository } from './repository.ts';

const PREFIX = 'aws-mock-exam-journal:';

/** The parts of `localStorage` the journal uses. */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface Journal {
  /** Records the attempt now, under this tab's writer id; false when the browser refused (storage off or full). */
  write(attempt: Attempt): boolean;
  /** Every journalled attempt, this tab's and other tabs', unvalidated (the reader validates them). */
  entries(): unknown[];
  /** Forgets this tab's record once the store holds this revision of this attempt (or a later one). */
  confirm(id: string, rev: number): void;
  /** Forgets this tab's record (its changes were refused: another tab writes the attempt now). */
  clear(): void;
  /** Forgets every tab's records (replayed, or all data deleted). */
  clearAll(): void;
}

/**
 * One record per writer (tab), so two tabs racing a take-over never overwrite each other's journal.
 * `storage` is `localStorage` in the app.
 */
export function createJournal(storage: JournalStorage | undefined = globalThis.localStorage): Journal {
  // The last revision written, so confirm() need not parse the record back.
  let written: { key: string; id: string; rev: number } | undefined;
  const safely = <T>(f: () => T, fallback: T): T => {
    try {
      return storage ? f() : fallback;
    } catch {
      return fallback;
    }
  };
  const keys = () =>
    safely(() => {
      const out: string[] = [];
      for (let i = 0; i < storage!.length; i++) {
        const k = storage!.key(i);
        if (k?.startsWith(PREFIX)) out.push(k);
      }
      return out;
    }, [] as string[]);
  return {
    write(a) {
      return safely(() => {
        const key = PREFIX + (a.writer ?? '');
        storage!.setItem(key, JSON.stringify(a));
        written = { key, id: a.id, rev: a.rev };
        return true;
      }, false);
    },
    entries() {
      return keys().flatMap((k) => safely(() => [JSON.parse(storage!.getItem(k) ?? 'null') as unknown], [] as unknown[]));
    },
    confirm(id, rev) {
      if (written && written.id === id && written.rev <= rev) {
        const key = written.key;
        safely(() => storage!.removeItem(key), undefined);
        written = undefined;
      }
    },
    clear() {
      const key = written?.key;
      if (key) safely(() => storage!.removeItem(key), undefined);
      written = undefined;
    },
    clearAll() {
      for (const k of keys()) safely(() => storage!.removeItem(k), undefined);
      written = undefined;
    },
  };
}

/**
 * Which attempt to resume: the journalled one when it is a later revision of the stored attempt by the same writer
 * (changes that never reached IndexedDB); otherwise the stored one. An attempt no longer stored was deleted (an
 * attempt is stored before its first question shows), so its journal never brings it back.
 */
export function newerFromJournal(stored: Attempt | undefined, journalled: Attempt | undefined): Attempt | undefined {
  if (!journalled || !stored) return undefined;
  if (stored.id !== journalled.id || stored.status === 'finished') return undefined;
  if (stored.writer !== journalled.writer || journalled.rev <= stored.rev) return undefined;
  return journalled;
}

/** The newest of the journal records (unvalidated) that holds changes `stored` lacks; unreadable records are skipped. */
async function newestOf(raw: readonly unknown[], stored: Attempt | undefined): Promise<Attempt | undefined> {
  if (raw.length === 0) return undefined;
  const { attemptSchema } = await import('../exam/attempt.ts'); // only on this rare path: the start page needs no zod
  let best: Attempt | undefined;
  for (const r of raw) {
    const parsed = attemptSchema.safeParse(r);
    const newer = parsed.success ? newerFromJournal(stored, parsed.data) : undefined;
    if (newer && (!best || newer.rev > best.rev)) best = newer;
  }
  return best;
}

/** The journalled attempt to resume instead of `stored`, if any tab's journal holds changes it lacks. */
export function journalled(journal: Journal, stored: Attempt): Promise<Attempt | undefined> {
  return newestOf(journal.entries().filter((r) => (r as { id?: unknown } | null)?.id === stored.id), stored);
}

/**
 * On load: replays the journal onto the stored attempts when it holds changes IndexedDB never received, then clears
 * it. If a write fails the journal is kept, so the changes are not lost and the next load tries again.
 */
export async function replayJournal(repo: AttemptRepository, journal: Journal): Promise<void> {
  const raw = journal.entries();
  if (raw.length === 0) return;
  const ids = new Set(raw.map((r) => (r as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string'));
  for (const id of ids) {
    const newer = await newestOf(raw.filter((r) => (r as { id?: unknown } | null)?.id === id), await repo.get(id));
    if (newer) await repo.save(newer);
  }
  journal.clearAll();
}
