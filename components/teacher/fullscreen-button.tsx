"use client";
// Asks the browser for full screen (projectors); hidden where the API is missing.
import { useEffect, useState } from "react";

export function FullscreenButton({ label }: Readonly<{ label: string }>) {
  const [supported, setSupported] = useState(false);
  useEffect(() => setSupported(typeof document.documentElement.requestFullscreen === "function"), []);
  if (!supported) return null;
  return (
    <button type="button" className="secondary" onClick={() => void document.documentElement.requestFullscreen().catch(() => {})}>
      {label}
    </button>
  );
}
