// The reversed gist offered as a wrong main idea.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../analysis/analyze";
import { mainIdeaTemplate } from ".";
import { reversedGist } from "./distort";

describe("reversed gist", () => {
  it("turns every direction word of the statement, so the result does not contradict itself", () => {
    expect(reversedGist("The unemployment rate fell to a four-year low of 4.9%.", "en")).toBe("The unemployment rate rose to a four-year high of 4.9%.");
    expect(reversedGist("Le budget de l'agriculture est en baisse de 3 %.", "fr")).toBe("Le budget de l'agriculture est en hausse de 3 %.");
    expect(reversedGist("Oil prices rose to a record high on Monday.", "en")).toBe("Oil prices fell to a record low on Monday.");
  });

  it("leaves alone a statement with no direction, a negation, a name or a French elision that would break", () => {
    expect(reversedGist("Greece won the Eurovision Song Contest.", "en")).toBeNull();
    expect(reversedGist("Prices did not rise in March.", "en")).toBeNull();
    expect(reversedGist("The Rising Star festival opened in Leeds, with higher prices.", "en")).toBeNull();
    expect(reversedGist("The high school doubled its intake.", "en")).toBeNull();
    // « la ouverture » would be wrong French.
    expect(reversedGist("Le débat sur la fermeture des maternités est relancé.", "fr")).toBeNull();
    expect(reversedGist("Les prix ne baissent plus depuis mars.", "fr")).toBeNull();
    // A goal reversed is absurd: strikers asking for a pay cut.
    expect(reversedGist("Les éboueurs sont en grève pour obtenir une hausse de leurs salaires.", "fr")).toBeNull();
    expect(reversedGist("Nurses went on strike to demand higher wages.", "en")).toBeNull();
  });

  it("takes the place of one side detail in the main-idea question, and the explanation says it is the opposite", () => {
    const text = `Two new studies suggest that modern running shoes could increase the risk of injuries to runners. The first study was carried out at a university laboratory in Virginia. Sixty-eight healthy young adults ran on a treadmill in shoes and then barefoot. The researchers measured the forces on the knees, hips and ankles. The second study compared runners in Kenya and in the United States. Many of the Kenyan runners had never worn shoes as children. The study appeared in a journal of the American Academy of Physical Medicine. The researchers say more work is needed before runners change their habits. Some shoe makers already sell very light shoes with thin soles. Runners who want to try barefoot running are told to start slowly.`;
    const a = analyzeArticle(text, { language: "en", title: "Studies say running shoes may increase injury risk" });
    const q = mainIdeaTemplate.generate(a)[0];
    expect(q?.answer).toBe("Two new studies suggest that modern running shoes could increase the risk of injuries to runners.");
    expect(q.choices).toContain("Two new studies suggest that modern running shoes could reduce the risk of injuries to runners.");
    expect(q.choices).toHaveLength(4);
    expect(q.explanation).toMatch(/"Two new studies suggest that modern running shoes could reduce the risk of injuries to runners\." says the opposite of the article/);
  });
});
