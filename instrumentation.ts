// Runs once when the server process starts: fail fast if the environment is invalid or the
// SQLite pragmas the app relies on (WAL, foreign keys, busy timeout) are not in force.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { assertDatabaseReady } = await import("./lib/db/boot-check");
  await assertDatabaseReady();
}
