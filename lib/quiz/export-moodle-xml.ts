// Moodle XML export. Element text is XML-escaped; question and answer texts are HTML (escaped
// plain text) inside CDATA sections. Ordering questions become matching questions (item →
// rank), like the GIFT export; two-item orderings fall back to a multiple choice.
import { CATEGORY_LABELS, MIN_MATCHING_PAIRS, orderLabel, quizCategoryPath, type ExportQuiz } from "./export-types";
import type { QuestionFields } from "./question-row";

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** Plain text as HTML inside CDATA; a literal "]]>" is split so it cannot end the section. */
export function cdataHtml(s: string): string {
  const html = escapeXml(s).replace(/\n/g, "<br>");
  return `<![CDATA[${html.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
}

const text = (s: string) => `<text>${cdataHtml(s)}</text>`;

function answer(fraction: number, content: string, format: "html" | "moodle_auto_format" = "html"): string {
  return `    <answer fraction="${fraction}" format="${format}">${text(content)}<feedback format="html"><text></text></feedback></answer>`;
}

function header(type: string, name: string, q: QuestionFields): string[] {
  return [
    `  <question type="${type}">`,
    `    <name><text>${escapeXml(name)}</text></name>`,
    `    <questiontext format="html">${text(q.prompt)}</questiontext>`,
    `    <generalfeedback format="html">${text(q.explanation)}</generalfeedback>`,
    `    <defaultgrade>1</defaultgrade>`,
    `    <penalty>0.3333333</penalty>`,
    `    <hidden>0</hidden>`,
  ];
}

function choiceQuestion(name: string, q: QuestionFields, options: string[], right: string): string[] {
  return [
    ...header("multichoice", name, q),
    `    <single>true</single>`,
    `    <shuffleanswers>true</shuffleanswers>`,
    `    <answernumbering>abc</answernumbering>`,
    ...options.map((c) => answer(c === right ? 100 : 0, c)),
    `  </question>`,
  ];
}

function questionXml(q: QuestionFields, name: string, language: ExportQuiz["language"]): string[] {
  switch (q.kind) {
    case "multiple_choice":
      return choiceQuestion(name, q, q.choices ?? [], String(q.answer));
    case "true_false": {
      const isTrue = (q.choices ?? [])[0] === q.answer;
      return [...header("truefalse", name, q), answer(isTrue ? 100 : 0, "true", "moodle_auto_format"), answer(isTrue ? 0 : 100, "false", "moodle_auto_format"), `  </question>`];
    }
    case "short_answer":
    case "fill_blank": {
      const all = [...new Set([String(q.answer), ...q.accepted].map((a) => a.trim()).filter(Boolean))];
      return [...header("shortanswer", name, q), `    <usecase>0</usecase>`, ...all.map((a) => answer(100, a, "moodle_auto_format")), `  </question>`];
    }
    case "ordering": {
      const items = Array.isArray(q.answer) ? q.answer : [q.answer];
      if (items.length < MIN_MATCHING_PAIRS) {
        const right = orderLabel(items, language);
        return choiceQuestion(name, q, [right, orderLabel([...items].reverse(), language)], right);
      }
      return [
        ...header("matching", name, q),
        `    <shuffleanswers>true</shuffleanswers>`,
        ...items.map((item, i) => `    <subquestion format="html">${text(item)}<answer><text>${i + 1}</text></answer></subquestion>`),
        `  </question>`,
      ];
    }
  }
}

/** The article as a description item (no grade) in the quiz's own category, one <p> a paragraph. */
function articleXml(quiz: ExportQuiz): string[] {
  const paragraphs = quiz.articleText
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeXml(p)}</p>`)
    .join("");
  const html = `<h2>${escapeXml(quiz.articleTitle.trim())}</h2>${paragraphs}`;
  return [
    `  <question type="category">`,
    `    <category><text>${escapeXml(quizCategoryPath(quiz.title))}</text></category>`,
    `  </question>`,
    `  <question type="description">`,
    `    <name><text>Article</text></name>`,
    `    <questiontext format="html"><text><![CDATA[${html.replace(/]]>/g, "]]]]><![CDATA[>")}]]></text></questiontext>`,
    `    <generalfeedback format="html"><text></text></generalfeedback>`,
    `    <defaultgrade>0</defaultgrade>`,
    `    <penalty>0</penalty>`,
    `    <hidden>0</hidden>`,
    `  </question>`,
  ];
}

export function exportMoodleXml(quiz: ExportQuiz): string {
  const labels = CATEGORY_LABELS[quiz.language];
  const out = [`<?xml version="1.0" encoding="UTF-8"?>`, `<!-- Actuquiz: ${escapeXml(quiz.title).replace(/--/g, "- -")} -->`, `<quiz>`];
  if (quiz.articleText.trim()) out.push(...articleXml(quiz));
  let category = "";
  quiz.questions.forEach((q, i) => {
    if (q.category !== category) {
      category = q.category;
      const path = `${quizCategoryPath(quiz.title)}/${labels[q.category] ?? q.category}`;
      out.push(`  <question type="category">`, `    <category><text>${escapeXml(path)}</text></category>`, `  </question>`);
    }
    out.push(...questionXml(q, `Q${i + 1}`, quiz.language));
  });
  out.push(`</quiz>`, "");
  return out.join("\n");
}
