// Input rules for sign-up and sign-in. Passwords are taken exactly as typed (no trimming, no
// truncation); the upper bound only stops absurd inputs before hashing.
import { z } from "zod";
import { normaliseVisibleName } from "@/lib/server/participants/display-name";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/server/password";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email());

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export const signUpSchema = z.object({
  // The same rule as students' names: something visible, no Zalgo, at most 80 characters.
  name: z.string().max(400).transform((v, ctx) => normaliseVisibleName(v, 80) ?? (ctx.addIssue({ code: "custom", message: "blank name" }), z.NEVER)),
  email: emailSchema,
  password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
});

export type SignUpField = "name" | "email" | "password";
