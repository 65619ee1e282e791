// HTML reduced to plain text with a real parser: block elements become paragraphs, scripts,
// styles and embedded objects are dropped, entities are decoded. Nothing from the markup is
// kept, so nothing from it can run.
import { Parser } from "htmlparser2";
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { stripArticleStart } from "./article-start";
import { decodeText } from "./plain-text";

const SKIP = new Set(["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "head", "canvas", "video", "audio", "select", "button", "textarea", "nav", "form"]);
const BLOCK = new Set([
  "p", "div", "section", "article", "main", "header", "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
  "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th",
  "br", "hr", "address", "details", "summary", "caption",
]);

export function htmlToText(html: string): string {
  const blocks: string[] = [];
  let current = "";
  let skipDepth = 0;
  const flush = () => {
    const line = current.replace(/\s+/g, " ").trim();
    if (line) blocks.push(line);
    current = "";
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipDepth++;
        else if (!skipDepth && BLOCK.has(name)) flush();
      },
      ontext(text) {
        if (!skipDepth) current += text;
      },
      onclosetag(name, isImplied) {
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (!skipDepth && BLOCK.has(name) && !isImplied) flush();
        else if (!skipDepth && BLOCK.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return blocks.join("\n\n");
}

export interface HtmlArticle {
  title: string | null;
  text: string;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
}

function metaContent(document: Document, selector: string): string | null {
  const v = document.querySelector(selector)?.getAttribute("content");
  return v ? v.trim() : null;
}

/** The main article of a web page (Readability), or the whole body's text when it finds none. */
export function articleFromHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const title = document.querySelector("title")?.textContent?.trim() || null;
  const lang = document.documentElement?.getAttribute("lang") || null;
  const publishedTime = metaContent(document as unknown as Document, 'meta[property="article:published_time"]');
  let parsed: ReturnType<Readability["parse"]> = null;
  try {
    parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    parsed = null;
  }
  const fromReadability = parsed?.content ? htmlToText(parsed.content) : "";
  const found = parsed?.title?.trim() || title;
  // Readability keeps the page's <h1> and its date / byline line: not article text.
  const text = stripArticleStart(fromReadability.length >= 200 ? fromReadability : htmlToText(html), found);
  return {
    title: found,
    text,
    siteName: parsed?.siteName?.trim() || null,
    publishedTime: parsed?.publishedTime || publishedTime,
    lang: parsed?.lang || lang,
  };
}

export function textFromHtmlFile(bytes: Uint8Array): HtmlArticle {
  return articleFromHtml(decodeText(bytes));
}
