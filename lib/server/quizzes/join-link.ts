// The students' link for a join code, and its QR code rendered here (no external service).
import "server-only";
import { headers } from "next/headers";
import QRCode from "qrcode";
import { env } from "@/lib/env";

export async function appOrigin(): Promise<string> {
  const configured = env().APP_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host}`;
}

export async function joinLink(code: string): Promise<string> {
  return `${await appOrigin()}/q/${encodeURIComponent(code)}`;
}

/** An SVG QR code as a data: URL (the CSP allows data: images). */
export async function qrDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
