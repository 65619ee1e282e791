// Cheap checks of a .docx before mammoth reads it: every XML part is inflated once while its
// bytes are counted (declared sizes can lie, so a zip bomb stops at the cap), then the body's
// paragraphs, elements and nesting depth are counted with one linear scan. mammoth is slow
// and memory-hungry on deep or huge bodies; these refuse such files in milliseconds.
import JSZip from "jszip";
import { ImportError } from "./import-error";
import { MAX_DOCX_DEPTH, MAX_DOCX_ELEMENTS, MAX_DOCX_PARAGRAPHS, MAX_DOCX_XML_BYTES } from "./limits";

/** The parts mammoth may read: XML and relationships (images are not read for raw text). */
const XML_PART = /\.(?:xml|rels)$/i;

interface ChunkStream {
  on(event: "data", fn: (chunk: Uint8Array) => void): ChunkStream;
  on(event: "end", fn: () => void): ChunkStream;
  on(event: "error", fn: (e: Error) => void): ChunkStream;
  resume(): ChunkStream;
  pause(): ChunkStream;
}

/** Inflates one entry, giving up (without keeping the rest) once `budget` bytes are passed. */
function inflateCapped(file: JSZip.JSZipObject, budget: number): Promise<Uint8Array[] | null> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let over = false;
    const stream = (file as unknown as { internalStream(type: "uint8array"): ChunkStream }).internalStream("uint8array");
    stream
      .on("data", (chunk) => {
        if (over) return;
        size += chunk.byteLength;
        if (size > budget) {
          over = true;
          stream.pause();
          resolve(null);
          return;
        }
        chunks.push(chunk);
      })
      .on("error", (e) => (over ? undefined : reject(e)))
      .on("end", () => (over ? undefined : resolve(chunks)))
      .resume();
  });
}

/** Counts paragraphs and elements of a WordprocessingML part and its deepest nesting, in one
 * forward pass (no backtracking regex: an unclosed tag cannot make it quadratic). */
export function scanBody(xml: string): { paragraphs: number; elements: number; depth: number } {
  let paragraphs = 0;
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  let i = 0;
  // Each step moves past the end of what it found; nothing is searched twice.
  const skipTo = (close: string, from: number) => {
    const end = xml.indexOf(close, from);
    return end < 0 ? xml.length : end + close.length;
  };
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) break;
    if (xml.startsWith("<!--", lt)) i = skipTo("-->", lt + 4);
    else if (xml.startsWith("<![CDATA[", lt)) i = skipTo("]]>", lt + 9);
    else if (xml.startsWith("<?", lt)) i = skipTo("?>", lt + 2);
    else {
      const gt = xml.indexOf(">", lt + 1);
      if (gt < 0) break;
      i = gt + 1;
      const first = xml[lt + 1];
      if (first === "!") continue;
      if (first === "/") {
        depth = Math.max(0, depth - 1);
        continue;
      }
      elements++;
      const name = /^[^\s/>]+/.exec(xml.slice(lt + 1, Math.min(gt, lt + 80)))?.[0] ?? "";
      // Any namespace prefix: the local name "p" is a paragraph.
      if (name === "p" || name.endsWith(":p")) paragraphs++;
      if (xml[gt - 1] !== "/") deepest = Math.max(deepest, ++depth);
    }
  }
  return { paragraphs, elements, depth: deepest };
}

/** Throws ImportError("file_too_complex") when the .docx is past one of its budgets. */
export async function checkDocxBudget(bytes: Uint8Array): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ImportError("corrupt_file");
  }
  let left = MAX_DOCX_XML_BYTES;
  const decoder = new TextDecoder("utf-8");
  for (const file of Object.values(zip.files)) {
    if (file.dir || !XML_PART.test(file.name)) continue;
    let chunks: Uint8Array[] | null;
    try {
      chunks = await inflateCapped(file, left);
    } catch {
      throw new ImportError("corrupt_file");
    }
    if (!chunks) throw new ImportError("file_too_complex");
    const size = chunks.reduce((n, c) => n + c.byteLength, 0);
    left -= size;
    // Every part is scanned, wherever it lies (the relationships may point the main document
    // anywhere), and each alone must fit.
    const scan = scanBody(chunks.map((c) => decoder.decode(c, { stream: true })).join("") + decoder.decode());
    if (scan.paragraphs > MAX_DOCX_PARAGRAPHS || scan.elements > MAX_DOCX_ELEMENTS || scan.depth > MAX_DOCX_DEPTH) {
      throw new ImportError("file_too_complex");
    }
  }
}
