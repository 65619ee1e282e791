"use client";
// Copies the join link. navigator.clipboard exists only in secure contexts (HTTPS, localhost);
// a school server on plain HTTP falls back to a selected field and execCommand("copy"), and
// when even that fails the link stays selected for Ctrl+C.
import { useRef, useState } from "react";

interface Props {
  link: string;
  label: string;
  copied: string;
  manual: string;
}

export function CopyLinkButton({ link, label, copied, manual }: Readonly<Props>) {
  const field = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<"idle" | "copied" | "manual">("idle");

  const fallback = (): boolean => {
    const input = field.current;
    if (!input) return false;
    input.focus();
    input.select();
    input.setSelectionRange(0, link.length);
    try {
      return document.execCommand("copy");
    } catch {
      return false;
    }
  };

  const copy = async () => {
    let ok = false;
    if (window.isSecureContext && navigator.clipboard?.writeText) {
      try {
        await navigator.clipboard.writeText(link);
        ok = true;
      } catch {
        ok = false;
      }
    }
    if (!ok) ok = fallback();
    setStatus(ok ? "copied" : "manual");
  };

  return (
    <span className="copy-link">
      <button type="button" className="secondary" onClick={() => void copy()}>
        {label}
      </button>
      {/* The source of the fallback copy; shown when the link must be copied by hand. */}
      <input
        ref={field}
        type="text"
        readOnly
        value={link}
        aria-label={label}
        tabIndex={status === "manual" ? 0 : -1}
        className={status === "manual" ? "copy-link-field" : "copy-link-field visually-hidden"}
        data-testid="copy-link-field"
      />
      <span role="status" className="copy-link-status">
        {status === "copied" ? copied : status === "manual" ? manual : ""}
      </span>
    </span>
  );
}
