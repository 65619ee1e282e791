import { describe, expect, it } from "vitest";
import { BoundedSemaphore } from "./semaphore";

class Busy extends Error {}

function deferred() {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return { done, release };
}

describe("BoundedSemaphore", () => {
  it("runs at most `concurrent` jobs, queues up to `maxPending`, refuses past that, and frees its places", async () => {
    const slots = new BoundedSemaphore(1, 2, () => new Busy("busy"));
    const first = deferred();
    let running = 0;
    let most = 0;
    const job = (gate: Promise<void>) => async () => {
      running++;
      most = Math.max(most, running);
      await gate;
      running--;
      return "done";
    };
    const a = slots.run(job(first.done));
    const b = slots.run(job(Promise.resolve()));
    await expect(slots.run(job(Promise.resolve()))).rejects.toBeInstanceOf(Busy);
    first.release();
    await expect(Promise.all([a, b])).resolves.toEqual(["done", "done"]);
    expect(most).toBe(1);
    // The places are given back, also by a job that fails.
    await expect(slots.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(slots.run(async () => "again")).resolves.toBe("again");
  });
});
