// The one validated reader of environment variables. Imported early so a bad value fails
// at start instead of at the first request.
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./database-url";

const boolish = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .refine((s) => s.startsWith("file:") || /^postgres(ql)?:\/\//.test(s), "DATABASE_URL must be a file: or postgresql:// URL")
    .default(DEFAULT_DATABASE_URL),
  /** WAL synchronous level: NORMAL survives app crashes; FULL also survives power loss. */
  SQLITE_SYNCHRONOUS: z.enum(["NORMAL", "FULL"]).default("NORMAL"),
  /** Public base URL (used for join links and QR codes). */
  APP_URL: z.string().url().optional(),
  /** Set when the app is served over https, so cookies get the Secure flag. */
  COOKIE_SECURE: boolish,
  /** Lets URL import fetch private/loopback addresses (tests only). */
  ALLOW_PRIVATE_URL_IMPORT: boolish,
  /** Sign-in attempts allowed per account and per IP in RATE_WINDOW_MINUTES. */
  SIGNIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  RATE_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  /** Account creations allowed per client address per hour (each costs a password hash). */
  SIGNUP_MAX_PER_HOUR: z.coerce.number().int().positive().default(20),
  /** Trust X-Forwarded-For from a reverse proxy for client IPs. */
  TRUST_PROXY: boolish,
  /** Generation time budget per request, in milliseconds. */
  GENERATION_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  /** Time budget of reading one uploaded .docx or .pdf, in milliseconds. */
  IMPORT_PARSE_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = EnvSchema.safeParse(process.env);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid environment: ${issues}`);
    }
    cached = parsed.data;
  }
  return cached;
}
