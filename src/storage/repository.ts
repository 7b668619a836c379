/** Where attempts are kept: a narrow interface with an IndexedDB implementation and an in-memory twin. */
import type { Attempt } from '../exam/attempt.ts';

export interface AttemptRepository {
  /** False when attempts will not survive a reload (storage blocked or unavailable). */
  readonly persistent: boolean;
  /** Why storage is not persistent, in words for the candidate. */
  readonly problem?: string;
  save(attempt: Attempt): Promise<void>;
  get(id: string): Promise<Attempt | undefined>;
  /** The most recently started attempt that is still running, if any. */
  running(): Promise<Attempt | undefined>;
  /** Every attempt, newest first. */
  list(): Promise<Attempt[]>;
  delete(id: string): Promise<void>;
}

export class MemoryRepository implements AttemptRepository {
  readonly persistent: boolean;
  readonly problem?: string;
  #rows = new Map<string, Attempt>();

  constructor(problem?: string) {
    this.persistent = false;
    this.problem = problem;
  }
  async save(attempt: Attempt) {
    this.#rows.set(attempt.id, structuredClone(attempt));
  }
  async get(id: string) {
    const a = this.#rows.get(id);
    return a && structuredClone(a);
  }
  async running() {
    return (await this.list()).find((a) => a.status === 'running');
  }
  async list() {
    return [...this.#rows.values()].sort((a, b) => b.startedAt - a.startedAt).map((a) => structuredClone(a));
  }
  async delete(id: string) {
    this.#rows.delete(id);
  }
}

/** Turns a storage error into words for the candidate. */
export function describeStorageError(e: unknown): string {
  const name = (e as { name?: string; inner?: { name?: string } })?.inner?.name ?? (e as { name?: string })?.name;
  if (name === 'QuotaExceededError')
    return "Your browser's storage is full, so the latest change was not saved. Free some space (or export your data) and keep going: everything saved before stays readable.";
  return `Saving failed (${name ?? 'unknown error'}). Your answers are kept in this tab; do not close it.`;
}
