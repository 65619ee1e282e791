// The students' link for a join code, and its QR code rendered here (no external service).
import "server-only";
import { headers } from "next/headers";
import QRCode from "qrcode";
import { env } from "@/lib/env";

/** A Host value we are willing to print in a link: a name or address and an optional port. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The origin printed in join links and QR codes: APP_URL when set (always set it behind a
 * reverse proxy). Otherwise the Host the browser connected to. X-Forwarded-Host is never used:
 * any client can send it, and a teacher's page would then print a link to another site. The
 * scheme comes from X-Forwarded-Proto only behind a trusted proxy.
 */
export async function appOrigin(): Promise<string> {
  const { APP_URL, TRUST_PROXY } = env();
  if (APP_URL) return APP_URL.replace(/\/+$/, "");
  const h = await headers();
  const sent = h.get("host") ?? "";
  const host = HOST.test(sent) ? sent : "localhost";
  const proto = TRUST_PROXY && h.get("x-forwarded-proto") === "https" ? "https" : "http";
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
