import { describe, expect, it } from "vitest";
import { DOMParser } from "linkedom";
import { cdataHtml, escapeXml, exportMoodleXml } from "@/lib/quiz/export-moodle-xml";
import { demoQuiz } from "./demo-quiz";

describe("Moodle XML export", () => {
  it("is well-formed XML with one question element per question and typed answers", () => {
    const quiz = demoQuiz();
    quiz.title = 'Crise <b>"&"</b> ]]> fin';
    const xml = exportMoodleXml(quiz);
    const doc = new DOMParser().parseFromString(xml, "text/xml");
    const questions = [...doc.querySelectorAll("question")];
    const types = questions.map((q) => q.getAttribute("type"));
    expect(types).toEqual(["category", "description", "category", "multichoice", "multichoice", "truefalse", "shortanswer", "shortanswer", "matching", "multichoice", "category", "multichoice"]);
    expect(xml).not.toContain("<b>");
    expect(xml).toContain("Crise &lt;b&gt;&quot;&amp;&quot;&lt;/b&gt; ]]&gt; fin");
    const tf = questions[5];
    expect([...tf.querySelectorAll("answer")].map((a) => [a.getAttribute("fraction"), a.querySelector("text")!.textContent])).toEqual([
      ["0", "true"],
      ["100", "false"],
    ]);
    const mc = questions[3];
    expect([...mc.querySelectorAll("answer")].filter((a) => a.getAttribute("fraction") === "100")).toHaveLength(1);
  });

  it("puts the article first as a description item, one paragraph a line, escaped", () => {
    const quiz = demoQuiz();
    quiz.articleText = "Premier <i>paragraphe</i> & ]]> suite.\n\nDeuxième paragraphe.";
    const doc = new DOMParser().parseFromString(exportMoodleXml(quiz), "text/xml");
    const description = doc.querySelector('question[type="description"]')!;
    expect(description.querySelector("defaultgrade")!.textContent).toBe("0");
    const html = description.querySelector("questiontext text")!.textContent!;
    expect(html).toBe(`<h2>${escapeXml(quiz.articleTitle)}</h2><p>Premier &lt;i&gt;paragraphe&lt;/i&gt; &amp; ]]&gt; suite.</p><p>Deuxième paragraphe.</p>`);
  });

  it("keeps CDATA sections closed only where they should be", () => {
    expect(cdataHtml("a ]]> b <script>")).toBe("<![CDATA[a ]]&gt; b &lt;script&gt;]]>");
  });
});
