// Plain .txt files.
import { decodeText } from "./plain-text";

export function textFromTxt(bytes: Uint8Array): string {
  return decodeText(bytes);
}
