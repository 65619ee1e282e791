// Types of scripts/pg-throwaway.mjs for the TypeScript callers (bench).
export interface ThrowawayPostgres {
  url: string;
  adminUrl: string;
  port: number;
  dir: string;
  stop(): void;
}
export function postgresBinDir(): string | null;
export function startThrowawayPostgres(opts?: { database?: string }): Promise<ThrowawayPostgres>;
