// Markdown files reduced to their text: headings, emphasis, links and images lose their
// syntax; code blocks and HTML tags are dropped (an article has no use for them).
import { decodeText, refuseScripts } from "./plain-text";
import { htmlToText } from "./from-html";

export function markdownToText(md: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const raw of md.replace(/\r\n?/g, "\n").split("\n")) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    let line = raw
      .replace(/^\s{0,3}#{1,6}\s+/, "")
      .replace(/\s+#+\s*$/, "")
      .replace(/^\s{0,3}>\s?/, "")
      .replace(/^\s*[-*+]\s+/, "")
      .replace(/^\s*\d{1,3}[.)]\s+/, "")
      .replace(/!\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, "$1")
      .replace(/\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, "$1")
      .replace(/(\*\*|__)([^*_\n]{1,2000})\1/g, "$2")
      .replace(/(\*|_)([^*_\n]{1,2000})\1/g, "$2")
      .replace(/`([^`\n]{1,2000})`/g, "$1");
    if (/^\s*([-*_]\s*){3,}$/.test(line)) line = "";
    out.push(line);
  }
  const text = out.join("\n");
  // Inline HTML goes through the HTML reducer, which drops scripts and keeps the text.
  return /<[a-z!/]/i.test(text) ? htmlToText(text.replace(/\n\n/g, "<p>")) : text;
}

export function textFromMarkdown(bytes: Uint8Array): string {
  return markdownToText(refuseScripts(decodeText(bytes)));
}
