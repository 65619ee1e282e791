"use client";
// A submit button that turns itself off while its form's action runs, so a double click
// sends the action once.
import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

export function PendingButton({ children, className }: Readonly<{ children: ReactNode; className?: string }>) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {children}
    </button>
  );
}
