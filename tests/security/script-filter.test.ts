// SEC-8: the import's last gate refuses text carrying script code, including event handlers
// glued to the tag name with a slash or a quote (<svg/onload=…>), which browsers accept.
import { describe, expect, it } from "vitest";
import { checkArticleText } from "@/lib/server/import/plain-text";

const ARTICLE = "Le conseil municipal a voté le budget de la ville pour l’année prochaine.";

describe("SEC-8 script filter of imported text", () => {
  it("refuses inline handlers however they are attached to the tag", () => {
    for (const payload of ["<svg/onload=alert(1)>", "<img src=x onerror=alert(1)>", '<img src="x"onerror=alert(1)>', "<svg\nonload=alert(1)>", "<body/onpageshow=alert(1)>"]) {
      expect(() => checkArticleText(`${ARTICLE}\n${payload}`), payload).toThrow(expect.objectContaining({ code: "script_content" }));
    }
  });

  it("keeps ordinary prose that mentions such words", () => {
    expect(checkArticleText(`${ARTICLE} Le maire a dit : « on verra ». Un score de 3/on 5 n’est pas du code.`)).toContain("on verra");
  });
});
