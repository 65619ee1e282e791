"use client";
export function PrintButton({ label }: Readonly<{ label: string }>) {
  return (
    <button type="button" className="no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
