// Password hashing with argon2id (OWASP parameters: 19 MiB, t=2, p=1). At most two hashes
// run at once, so a sign-in burst cannot starve the students' requests on a 2-core server.
import { hash, verify } from "@node-rs/argon2";
import { AsyncSemaphore } from "./semaphore";

const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

const hashing = new AsyncSemaphore(2);
let hashCount = 0;

/** Number of hashes computed by this process (tests check rate limits happen before hashing). */
export function passwordHashCount(): number {
  return hashCount;
}

export function hashPassword(password: string): Promise<string> {
  return hashing.run(() => {
    hashCount++;
    return hash(password, ARGON2_OPTIONS);
  });
}

export function verifyPassword(stored: string, password: string): Promise<boolean> {
  return hashing.run(async () => {
    hashCount++;
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  });
}
