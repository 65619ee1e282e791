// Reads the interface language, in this order:
// 1. the language switch's cookie, when the visitor chose one (their choice always wins);
// 2. on a quiz's student pages (/q/CODE/…), the interface language its teacher set, if any;
// 3. otherwise the browser's Accept-Language (English if it prefers English, French otherwise).
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { prisma } from "@/lib/db";
import { normaliseJoinCode } from "@/lib/quiz/join-code";
import { PATH_HEADER } from "./path-header";
import { chosenLocale, localeFromAcceptLanguage, LOCALE_COOKIE, type Locale } from "./locales";


/** The join code of a student quiz path, or null for any other page. */
export function joinCodeOfPath(path: string | null): string | null {
  const m = /^\/q\/([^/?#]{1,64})(?:[/?#]|$)/.exec(path ?? "");
  if (!m) return null;
  try {
    return normaliseJoinCode(decodeURIComponent(m[1]));
  } catch {
    return null;
  }
}

/** One query per request however many components ask. */
const quizInterfaceLocale = cache(async (code: string): Promise<Locale | null> => {
  const quiz = await prisma.quiz.findUnique({ where: { joinCode: code }, select: { interfaceLanguage: true } });
  return chosenLocale(quiz?.interfaceLanguage);
});

export async function getLocale(): Promise<Locale> {
  const store = await cookies();
  const chosen = chosenLocale(store.get(LOCALE_COOKIE)?.value);
  if (chosen) return chosen;
  const h = await headers();
  const code = joinCodeOfPath(h.get(PATH_HEADER));
  const fromQuiz = code ? await quizInterfaceLocale(code) : null;
  return fromQuiz ?? localeFromAcceptLanguage(h.get("accept-language"));
}
