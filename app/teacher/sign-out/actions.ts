"use server";
// Sign-out: deletes the session row and the cookie, then goes home. POST only (a form), so
// a prefetch or an <img> cannot sign anyone out.
import { redirect } from "next/navigation";
import { signOut } from "@/lib/server/auth";

export async function signOutAction(): Promise<void> {
  await signOut();
  redirect("/");
}
