// A FIFO async mutex. SQLite has one writer and the app has one connection: holding this
// lock around every statement and every transaction keeps one request's queries from
// running inside another request's open transaction (reliability test REL-3).
export class AsyncLock {
  #tail: Promise<void> = Promise.resolve();
  #waiting = 0;

  get waiting(): number {
    return this.#waiting;
  }

  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const previous = this.#tail;
    this.#tail = previous.then(() => next);
    this.#waiting++;
    return previous.then(() => {
      this.#waiting--;
      let released = false;
      return () => {
        if (!released) {
          released = true;
          // Hand over on the next macrotask, not a microtask: a queue of short synchronous
          // transactions would otherwise run back to back without letting finished responses
          // reach the network (all 200 replies of a burst arrived together).
          setImmediate(release);
        }
      };
    });
  }

  async run<T>(fn: () => Promise<T> | T): Promise<T> {
    const release = await this.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  }
}
