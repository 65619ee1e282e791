// .docx and .pdf are parsed in a worker thread within budgets: hostile files are refused as
// too complex in well under their time budget, a slow parse is stopped at the budget, the
// server's own thread keeps running meanwhile, and parses beyond the queue are refused.
import { describe, expect, it } from "vitest";
import { importFile } from "@/lib/server/import/import-file";
import { ImportError } from "@/lib/server/import/import-error";
import { parseInWorker } from "@/lib/server/import/parse-in-worker";
import { MAX_CONCURRENT_PARSES, MAX_DOCX_PARAGRAPHS, MAX_PDF_PAGES, MAX_QUEUED_PARSES } from "@/lib/server/import/limits";
import { scanBody } from "@/lib/server/import/docx-budget";
import { countPageObjects } from "@/lib/server/import/from-pdf";
import { makeDocx } from "./fixtures";
import { inflatingDocx, manyPagesPdf, manyParagraphsDocx, unclosedParagraphsDocx } from "./hostile-files";

/** Parsing on this thread stalls it for seconds; a busy 2-core machine alone stays far below. */
const STALL_MS = 500;

async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof ImportError) return e.code;
    throw e;
  }
}

/** Runs `fn` while measuring the longest stall of this thread's event loop. */
async function withLoopWatch<T>(fn: () => Promise<T>): Promise<{ value: T; longestStallMs: number; ms: number }> {
  let last = performance.now();
  let longest = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  const t0 = performance.now();
  try {
    const value = await fn();
    return { value, longestStallMs: longest, ms: performance.now() - t0 };
  } finally {
    clearInterval(tick);
  }
}

// Each test starts real worker threads: give them room on a loaded 2-core machine.
describe("import budgets", { timeout: 90_000 }, () => {
  it("refuses a 2 KB .docx of 20,000 unclosed paragraphs as too complex, without stalling this thread", async () => {
    const bytes = await unclosedParagraphsDocx(20_000);
    expect(bytes.byteLength).toBeLessThan(4096);
    const r = await withLoopWatch(() => outcome(importFile("profond.docx", bytes)));
    expect(r.value).toBe("file_too_complex");
    expect(r.longestStallMs).toBeLessThan(STALL_MS);
  });

  it("refuses a .docx of 100,000 paragraphs and one that inflates to 32 MB", async () => {
    const many = await manyParagraphsDocx(100_000);
    expect(many.byteLength).toBeLessThan(32 * 1024);
    expect(await outcome(importFile("paragraphes.docx", many))).toBe("file_too_complex");
    const bomb = await inflatingDocx(32);
    expect(bomb.byteLength).toBeLessThan(256 * 1024);
    expect(await outcome(importFile("bombe.docx", bomb))).toBe("file_too_complex");
  });

  it("counts paragraphs, elements and depth in one pass, ignoring comments and CDATA", () => {
    const xml = `<?xml version="1.0"?><w:document xmlns:w="x"><!-- <w:p> --><w:body><w:p><w:pPr/><w:r><w:t>a &lt; b</w:t></w:r></w:p><w:p/><![CDATA[<w:p>]]></w:body></w:document>`;
    expect(scanBody(xml)).toEqual({ paragraphs: 2, elements: 7, depth: 5 });
    // Two million unclosed "<a": a backtracking pattern would rescan the rest at each one.
    const t0 = performance.now();
    expect(scanBody("<a".repeat(2_000_000)).elements).toBe(0);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });

  it("still reads a .docx just inside the paragraph budget", async () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `Paragraphe ${i} : le conseil municipal a voté le budget.`);
    const r = await importFile("long.docx", await makeDocx(paragraphs));
    // The first paragraph becomes the title and is not repeated in the text.
    expect(r.title).toBe(paragraphs[0]);
    expect(r.text.split("\n\n")).toHaveLength(399);
    expect(MAX_DOCX_PARAGRAPHS).toBeGreaterThan(400);
  });

  it("refuses a 3 MB PDF of 20,000 pages as too complex, without stalling this thread", async () => {
    const bytes = manyPagesPdf(20_000);
    expect(bytes.byteLength).toBeGreaterThan(2 * 1024 * 1024);
    const r = await withLoopWatch(() => outcome(importFile("pages.pdf", bytes)));
    expect(r.value).toBe("file_too_complex");
    expect(r.longestStallMs).toBeLessThan(STALL_MS);
    // A PDF at the page budget is read; page objects are counted in the raw file, pages only.
    expect(await outcome(parseInWorker("pdf", manyPagesPdf(MAX_PDF_PAGES)))).toBe("ok");
    expect(countPageObjects(manyPagesPdf(20))).toBe(20);
  });

  it("stops a parse at its time budget and terminates the worker", async () => {
    // Just under the paragraph budget: passes the cheap checks, then takes mammoth about a
    // second (a worker's start alone takes longer than this 150 ms budget).
    const slow = await manyParagraphsDocx(MAX_DOCX_PARAGRAPHS - 100);
    const r = await withLoopWatch(() => outcome(parseInWorker("docx", slow, { timeoutMs: 150 })));
    expect(r.value).toBe("file_timeout");
    expect(r.ms).toBeLessThan(2_000);
    expect(r.longestStallMs).toBeLessThan(STALL_MS);
  });

  it("runs a bounded number of parses and refuses the rest as busy", async () => {
    const bytes = await makeDocx(["Le conseil municipal a voté un budget de 12 millions d'euros."]);
    const total = MAX_CONCURRENT_PARSES + MAX_QUEUED_PARSES + 2;
    const results = await Promise.all(Array.from({ length: total }, () => outcome(parseInWorker("docx", bytes))));
    expect(results.filter((r) => r === "import_busy")).toHaveLength(2);
    expect(results.filter((r) => r === "ok")).toHaveLength(MAX_CONCURRENT_PARSES + MAX_QUEUED_PARSES);
  });
});
