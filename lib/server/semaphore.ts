// Caps how many async jobs of one kind run at once (password hashing, generation workers).
export class AsyncSemaphore {
  #active = 0;
  #queue: (() => void)[] = [];

  constructor(private readonly max: number) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.#active >= this.max) await new Promise<void>((resolve) => this.#queue.push(resolve));
    this.#active++;
    try {
      return await fn();
    } finally {
      this.#active--;
      this.#queue.shift()?.();
    }
  }
}

/**
 * An AsyncSemaphore that refuses at once, with `busy()`, a job that would make more than
 * `maxPending` jobs running or waiting: a burst gets a clear "busy" instead of a long queue.
 */
export class BoundedSemaphore {
  #pending = 0;
  readonly #slots: AsyncSemaphore;

  constructor(
    concurrent: number,
    private readonly maxPending: number,
    private readonly busy: () => Error,
  ) {
    this.#slots = new AsyncSemaphore(concurrent);
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.#pending >= this.maxPending) throw this.busy();
    this.#pending++;
    try {
      return await this.#slots.run(fn);
    } finally {
      this.#pending--;
    }
  }
}
