// Moodle GIFT export. Rules of the format: special characters ~ = # { } : are escaped with a
// backslash (and the backslash itself), one question per block separated by a blank line,
// `//` comment lines, `$CATEGORY:` lines, `::title::` names.
// - multiple choice: {=right ~wrong ~wrong}
// - true/false: {T} / {F}
// - short answer: {=answer =other spelling}
// - fill in the blank: the same answer set placed where the blank (____) is in the prompt
// - ordering: GIFT has no ordering type (Moodle's is a plugin), so an ordering question is
//   exported as a matching question pairing each item with its rank {=item -> 1 ...};
//   matching needs at least three pairs, so two-item orderings fall back to a multiple choice
//   between the two possible orders.
// The explanation goes in the general feedback (####).
import { BLANK_MARKER } from "./check-question";
import { CATEGORY_LABELS, MIN_MATCHING_PAIRS, orderLabel, quizCategoryPath, type ExportQuiz } from "./export-types";
import type { QuestionFields } from "./question-row";

export function escapeGift(s: string): string {
  return s
    .replace(/\r\n?/g, "\n")
    .replace(/[\\~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\n/g, "\\n");
}

function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, " ").trim();
}

function feedback(q: QuestionFields): string {
  return q.explanation.trim() ? ` ####${escapeGift(q.explanation.trim())}` : "";
}

function shortAnswers(q: QuestionFields): string {
  const all = [String(q.answer), ...q.accepted].map((a) => a.trim()).filter(Boolean);
  return [...new Set(all)].map((a) => `=${escapeGift(a)}`).join(" ");
}

function giftBody(q: QuestionFields, language: ExportQuiz["language"]): string {
  const prompt = escapeGift(q.prompt);
  switch (q.kind) {
    case "multiple_choice": {
      const opts = (q.choices ?? []).map((c) => (c === q.answer ? `=${escapeGift(c)}` : `~${escapeGift(c)}`)).join(" ");
      return `${prompt} {${opts}${feedback(q)}}`;
    }
    case "true_false": {
      const isTrue = (q.choices ?? [])[0] === q.answer;
      return `${prompt} {${isTrue ? "T" : "F"}${feedback(q)}}`;
    }
    case "short_answer":
      return `${prompt} {${shortAnswers(q)}${feedback(q)}}`;
    case "fill_blank": {
      const block = `{${shortAnswers(q)}${feedback(q)}}`;
      const m = q.prompt.match(BLANK_MARKER);
      if (!m || m.index === undefined) return `${prompt} ${block}`;
      return `${escapeGift(q.prompt.slice(0, m.index))}${block}${escapeGift(q.prompt.slice(m.index + m[0].length))}`;
    }
    case "ordering": {
      const items = Array.isArray(q.answer) ? q.answer : [q.answer];
      if (items.length >= MIN_MATCHING_PAIRS) {
        const pairs = items.map((item, i) => `=${escapeGift(item)} -> ${i + 1}`).join(" ");
        return `${prompt} {${pairs}${feedback(q)}}`;
      }
      const right = orderLabel(items, language);
      const wrong = orderLabel([...items].reverse(), language);
      return `${prompt} {=${escapeGift(right)} ~${escapeGift(wrong)}${feedback(q)}}`;
    }
  }
}

export function exportGift(quiz: ExportQuiz): string {
  const labels = CATEGORY_LABELS[quiz.language];
  const out: string[] = [
    [
      `// Actuquiz — ${oneLine(quiz.title)}`,
      `// ${quiz.language === "fr" ? "Article" : "Article"}: ${oneLine(quiz.articleTitle)}`,
      `// ${quiz.questions.length} question(s), language ${quiz.language}. Ordering questions are exported as matching questions (item -> rank).`,
    ].join("\n"),
  ];
  // The article first, as a description (a GIFT item without an answer set): Moodle shows it
  // as text, so students can read what the questions are about.
  if (quiz.articleText.trim()) {
    out.push(
      [
        `$CATEGORY: ${quizCategoryPath(oneLine(quiz.title).replace(/\//g, "-"))}`,
        "",
        `// description: the article`,
        `::Article::${escapeGift(`${quiz.articleTitle.trim()}\n\n${quiz.articleText.trim()}`)}`,
      ].join("\n"),
    );
  }
  let category = "";
  quiz.questions.forEach((q, i) => {
    const lines: string[] = [];
    if (q.category !== category) {
      category = q.category;
      lines.push(`$CATEGORY: ${quizCategoryPath(oneLine(quiz.title).replace(/\//g, "-"))}/${labels[q.category] ?? q.category}`, "");
    }
    lines.push(`// ${q.kind}, ${q.category}, ${q.source}`);
    lines.push(`::Q${i + 1}::${giftBody(q, quiz.language)}`);
    out.push(lines.join("\n"));
  });
  return out.join("\n\n") + "\n";
}
