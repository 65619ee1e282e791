// `npm run reset-password -- <email> [--base-url http://192.168.1.10:3000]`: prints a one-time
// code and link that let the teacher at <email> choose a new password, with no e-mail needed.
// Run it on the server, with the app's DATABASE_URL. The code works once, for 30 minutes.
import { createDbHandle } from "../lib/db/client";
import { createPasswordReset, RESET_TTL_MS } from "../lib/server/auth/password-reset";

const args = process.argv.slice(2);
const baseIndex = args.indexOf("--base-url");
const baseUrl = (baseIndex >= 0 ? args[baseIndex + 1] : process.env.PUBLIC_BASE_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, "");
const email = args.find((a, i) => !a.startsWith("--") && (baseIndex < 0 || i !== baseIndex + 1));

async function main(): Promise<number> {
  if (!email) {
    console.error("usage: npm run reset-password -- <email> [--base-url http://host:port]");
    return 2;
  }
  const { prisma } = createDbHandle(process.env.DATABASE_URL);
  try {
    const reset = await createPasswordReset(prisma, email);
    if (!reset) {
      console.error(`No teacher account uses ${email}.`);
      return 1;
    }
    const minutes = Math.round(RESET_TTL_MS / 60_000);
    console.log(`One-time reset code for ${email}: ${reset.code}`);
    console.log(`Valid once, for ${minutes} minutes (until ${reset.expiresAt.toISOString()}).`);
    console.log(`Open: ${baseUrl}/teacher/reset-password?code=${encodeURIComponent(reset.code)}`);
    console.log("(or type the code at /teacher/reset-password). Earlier codes for this account no longer work.");
    return 0;
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`reset-password failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
