"use client";
// A download link that tells the server the reader's time zone (?tz=Europe/Paris), so the file's
// times are the teacher's local times. Before hydration or without JavaScript the link works
// too, and the server then writes UTC times (with their +00:00 offset).
import { useEffect, useState } from "react";

interface Props {
  href: string;
  children: React.ReactNode;
  className?: string;
}

export function TimeZoneLink({ href, children, className }: Readonly<Props>) {
  const [target, setTarget] = useState(href);
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) return;
    const url = new URL(href, window.location.href);
    url.searchParams.set("tz", zone);
    setTarget(`${url.pathname}${url.search}`);
  }, [href]);
  return (
    <a href={target} download className={className} data-tz-ready={target !== href ? "true" : undefined}>
      {children}
    </a>
  );
}
