/**
 * The write-ahead journal of the running attempt. IndexedDB writes are asynchronous, so a change made just before a
 * reload or a closed tab could be lost; the journal records the attempt synchronously (localStorage) before the event
 * handler returns, and is cleared once IndexedDB holds that revision. On the next load the journal is replayed onto
 * the stored attempt when it is newer and from the same writer.
 */
import type { Attempt } from '../exam/attempt.ts';
import type { AttemptRepository } from './repository.ts';

const KEY = 'aws-mock-exam-journal';

export interface Journal {
  /** Records the attempt now; false when the browser refused (storage off or full). */
  write(attempt: Attempt): boolean;
  /** The journalled attempt, unvalidated (the reader validates it). */
  read(): unknown;
  /** Forgets the journal once the store holds this revision of this attempt (or a later one). */
  confirm(id: string, rev: number): void;
  clear(): void;
}

export function createJournal(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined = globalThis.localStorage): Journal {
  // The last revision written, so confirm() need not parse the record back.
  let written: { id: string; rev: number } | undefined;
  const attempt = <T>(f: () => T, fallback: T): T => {
    try {
      return storage ? f() : fallback;
    } catch {
      return fallback;
    }
  };
  return {
    write(a) {
      return attempt(() => {
        storage!.setItem(KEY, JSON.stringify(a));
        written = { id: a.id, rev: a.rev };
        return true;
      }, false);
    },
    read() {
      return attempt(() => {
        const raw = storage!.getItem(KEY);
        return raw === null ? undefined : (JSON.parse(raw) as unknown);
      }, undefined);
    },
    confirm(id, rev) {
      if (written && written.id === id && written.rev <= rev) {
        attempt(() => storage!.removeItem(KEY), undefined);
        written = undefined;
      }
    },
    clear() {
      attempt(() => storage!.removeItem(KEY), undefined);
      written = undefined;
    },
  };
}

/**
 * Which attempt to resume: the journalled one when it is a later revision of the stored attempt by the same writer
 * (changes that never reached IndexedDB), or a running attempt the store never received; otherwise the stored one.
 */
export function newerFromJournal(stored: Attempt | undefined, journalled: Attempt | undefined): Attempt | undefined {
  if (!journalled) return undefined;
  if (!stored) return journalled.status === 'running' ? journalled : undefined;
  if (stored.id !== journalled.id || stored.status === 'finished') return undefined;
  if (stored.writer !== journalled.writer || journalled.rev <= stored.rev) return undefined;
  return journalled;
}

/** The journalled attempt, validated; undefined (and the journal dropped) when it is unreadable. */
export async function journalled(journal: Journal): Promise<Attempt | undefined> {
  const raw = journal.read();
  if (raw === undefined) return undefined;
  const { attemptSchema } = await import('../exam/attempt.ts'); // only on this rare path: the start page needs no zod
  const parsed = attemptSchema.safeParse(raw);
  if (!parsed.success) journal.clear();
  return parsed.success ? parsed.data : undefined;
}

/**
 * On load: replays the journal onto the stored attempt when it holds changes IndexedDB never received, then clears it.
 * If that write fails the journal is kept, so the changes are not lost and the next load tries again.
 */
export async function replayJournal(repo: AttemptRepository, journal: Journal): Promise<void> {
  const j = await journalled(journal);
  if (!j) return;
  const newer = newerFromJournal(await repo.get(j.id), j);
  if (newer) await repo.save(newer);
  journal.clear();
}
