"use client";
// Student pages that change when something happens elsewhere (an attempt submitted) must not
// come back from the browser's memory: Safari restores a page from its back-forward cache as
// it was, and Next's router may replay a back/forward navigation from its own cache. Each
// server render carries a unique stamp: seeing a stamp a second time in this document, or a
// restore from the back-forward cache, asks the server for a fresh render.
import { useEffect } from "react";
import { useRouter } from "next/navigation";

const seenStamps = new Set<string>();

export function FreshOnReturn({ stamp }: Readonly<{ stamp: string }>) {
  const router = useRouter();

  useEffect(() => {
    if (seenStamps.has(stamp)) router.refresh();
    else seenStamps.add(stamp);
  }, [stamp, router]);

  useEffect(() => {
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) router.refresh();
    };
    window.addEventListener("pageshow", onShow);
    return () => window.removeEventListener("pageshow", onShow);
  }, [router]);

  return null;
}
