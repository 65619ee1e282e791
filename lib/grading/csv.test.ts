import { describe, expect, it } from "vitest";
import { FRENCH_SPREADSHEET, toCsv } from "./csv";

const BOM = "\uFEFF";

describe("toCsv", () => {
  it("writes a BOM, CRLF line ends and plain cells", () => {
    expect(toCsv([["Nom", "Score"], ["Amélie", 4]])).toBe(`${BOM}Nom,Score\r\nAmélie,4\r\n`);
  });

  it("can leave the BOM out and use another separator", () => {
    expect(toCsv([["a", "b;c", 1.5]], { bom: false, separator: ";" })).toBe('a;"b;c";1.5\r\n');
  });

  it("quotes cells with the separator, quotes or line breaks (RFC 4180)", () => {
    expect(toCsv([["a,b", 'dit "non"', "ligne\nsuivante", "cr\rx", "ok"]], { bom: false })).toBe(
      '"a,b","dit ""non""","ligne\nsuivante","cr\rx",ok\r\n',
    );
  });

  it("writes null and undefined as empty cells, and non-finite numbers as empty", () => {
    expect(toCsv([[null, undefined, NaN, Infinity, 0]], { bom: false })).toBe(",,,,0\r\n");
  });

  it("defuses formula injection in strings", () => {
    const cells = ["=1+2", "+33 6", "-3", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\",\"y\")"];
    expect(toCsv([cells], { bom: false })).toBe(
      "'=1+2,'+33 6,'-3,'@SUM(A1),'\tx,\"'\rx\",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n",
    );
  });

  it("defuses formulas hidden behind leading spaces or line breaks, and full-width signs", () => {
    const cells = [" =1+2", "\n=1+2", "\u3000-3", "\uFF1D1+2", "\uFF20SUM(A1)", "\nplain"];
    expect(toCsv([cells], { bom: false })).toBe(
      "' =1+2,\"'\n=1+2\",'\u3000-3,'\uFF1D1+2,'\uFF20SUM(A1),\"'\nplain\"\r\n",
    );
  });

  it("writes numbers as numbers, negative or not", () => {
    expect(toCsv([[-3, 1.5, 2030]], { bom: false })).toBe("-3,1.5,2030\r\n");
  });

  it("leaves safe strings alone", () => {
    expect(toCsv([["a=b", "2 030", "l'OTSC", "x-y"]], { bom: false })).toBe("a=b,2 030,l'OTSC,x-y\r\n");
  });

  it("returns just the BOM for no rows", () => {
    expect(toCsv([])).toBe(BOM);
  });

  it("rejects a separator that would break the format", () => {
    expect(() => toCsv([["a"]], { separator: '"' })).toThrow();
    expect(() => toCsv([["a"]], { separator: ";;" })).toThrow();
    expect(() => toCsv([["a"]], { separator: "\n" })).toThrow();
  });
});

describe("French spreadsheet format", () => {
  it("separates fields with ';' and writes decimals with a comma, negative numbers stay numbers", () => {
    const out = toCsv([["Élève", 0.25, -0.5, "a;b", 3]], FRENCH_SPREADSHEET);
    expect(out).toBe('\uFEFFÉlève;0,25;-0,5;"a;b";3\r\n');
  });

  it("refuses decimal commas with a comma separator", () => {
    expect(() => toCsv([[1.5]], { decimalComma: true })).toThrow();
  });
});
