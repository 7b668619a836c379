/**
 * Serialises writes of the running attempt: one write in flight, only the latest pending one kept,
 * so a burst of answers costs at most two writes and they land in order.
 */
import type { Attempt } from '../exam/attempt.ts';
import type { AttemptRepository } from './repository.ts';

export class SaveQueue {
  #pending: Attempt | undefined;
  #flight: Promise<void> | undefined;
  #repo: AttemptRepository;
  #onResult: (error: unknown | undefined, attempt: Attempt) => void;
  /** Writes claim the attempt (take it over from another writer) until one has landed. */
  #claim: boolean;

  constructor(repo: AttemptRepository, onResult: (error: unknown | undefined, attempt: Attempt) => void, options: { claim?: boolean } = {}) {
    this.#repo = repo;
    this.#onResult = onResult;
    this.#claim = !!options.claim;
  }

  save(attempt: Attempt) {
    this.#pending = attempt;
    this.#flight ??= this.#drain();
  }

  /** Resolves when every queued write has landed (or failed). */
  async flushed(): Promise<void> {
    while (this.#flight) await this.#flight;
  }

  async #drain() {
    while (this.#pending) {
      const next = this.#pending;
      this.#pending = undefined;
      try {
        await this.#repo.save(next, { claim: this.#claim }); // the machine's context is plain data; IndexedDB clones it
        this.#claim = false;
        this.#onResult(undefined, next);
      } catch (e) {
        this.#onResult(e, next);
      }
    }
    this.#flight = undefined;
  }
}
