import Link from "next/link";
import { notFound } from "next/navigation";
import { requireTeacher } from "@/lib/server/auth";
import { getQuizForTeacher, type TeacherQuestion } from "@/lib/server/quizzes/teacher-quiz";
import { joinLink, qrDataUrl } from "@/lib/server/quizzes/join-link";
import { CopyLinkButton } from "@/components/teacher/copy-link-button";
import { getLocale } from "@/lib/i18n/server";
import { teacherMessages, type TeacherMessages } from "@/lib/i18n/messages/teacher";
import { checkQuestion } from "@/lib/quiz/check-question";
import { evidenceMissing } from "@/lib/quiz/relocate-evidence";
import { TRUE_FALSE_LABELS } from "@/lib/quiz/question-input";
import { ArticleText } from "@/components/article-text";
import { QuestionCard } from "@/components/teacher/question-card";
import { QuestionEditor, type EditorLabels, type EditorValues } from "@/components/teacher/question-editor";
import { SettingsForm } from "@/components/teacher/settings-form";
import { ActionFeedback } from "@/components/teacher/announce";
import { ActiveStudents } from "@/components/teacher/active-students";
import { DeadlineField } from "@/components/teacher/deadline-field";
import { PendingButton } from "@/components/teacher/pending-button";
import { LocalTime } from "@/components/local-time";
import { listActiveAttempts } from "@/lib/server/quizzes/active-attempts";
import { countQuizAttempts } from "@/lib/server/quizzes/quiz-lifecycle";
import {
  addQuestionAction,
  approveAllAction,
  assignClassesAction,
  approveQuestionAction,
  closeAction,
  deadlineAction,
  deleteQuizAction,
  duplicateAction,
  reopenAction,
  deleteQuestionAction,
  moveDownAction,
  moveUpAction,
  publishAction,
  regenerateQuestionAction,
  settingsAction,
  updateQuestionAction,
} from "./actions";
import { classesMessages } from "@/lib/i18n/messages/classes";
import { quizClassOptions } from "@/lib/server/classes/assignments";
import "@/components/teacher/teacher.css";
import { localizedMetadata } from "@/lib/i18n/page-metadata";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("quiz");

function editorLabels(t: TeacherMessages, submit: string): EditorLabels {
  return {
    kind: t.kindLabel,
    category: t.categoryLabel,
    source: t.questionSourceLabel,
    prompt: t.promptLabel,
    promptHelpFill: t.promptHelpFill,
    choices: t.choicesLabel,
    choicesHelp: t.choicesHelp,
    orderingItems: t.orderingItemsLabel,
    answer: t.answerLabel,
    answerHelpMc: t.answerHelpMc,
    mcNoChoices: t.mcNoChoices,
    tfLegend: t.tfAnswerLegend,
    trueLabel: t.trueLabel,
    falseLabel: t.falseLabel,
    accepted: t.acceptedLabel,
    evidence: t.evidenceInputLabel,
    explanation: t.explanationLabel,
    difficulty: t.difficultyLabel,
    submit,
    kinds: t.kindLabels,
    categories: t.categoryLabels,
    sources: t.sourceLabels,
    difficulties: t.difficultyLabels,
  };
}

function editorValues(q: TeacherQuestion, language: "fr" | "en"): EditorValues {
  const answers = Array.isArray(q.answer) ? q.answer : [q.answer];
  return {
    kind: q.kind,
    category: q.category,
    source: q.source,
    prompt: q.prompt,
    choices: q.kind === "ordering" ? answers.join("\n") : (q.choices ?? []).join("\n"),
    answer: Array.isArray(q.answer) ? "" : q.answer,
    tfAnswer: q.kind === "true_false" ? (q.answer === TRUE_FALSE_LABELS[language][0] || q.answer === q.choices?.[0] ? "true" : "false") : "",
    accepted: q.accepted.join("\n"),
    evidence: q.evidenceText,
    explanation: q.explanation,
    difficulty: String(q.difficulty),
  };
}

function Hidden({ quizId, questionId }: { quizId: string; questionId?: string }) {
  return (
    <>
      <input type="hidden" name="quizId" value={quizId} />
      {questionId && <input type="hidden" name="questionId" value={questionId} />}
    </>
  );
}

type QuizData = NonNullable<Awaited<ReturnType<typeof getQuizForTeacher>>>;

/** What the last action did (from the redirect's query): the message and where focus goes. */
function actionResult(quiz: QuizData, t: TeacherMessages, sp: ResultParams, assignedNotice: string): { notice?: string; error?: string; focusId?: string } {
  const { done, error, q } = sp;
  // Right after generation: fewer good questions than asked for is said plainly, never padded.
  const found = Number(sp.found);
  const asked = Number(sp.asked);
  if (!done && !error && Number.isInteger(found) && Number.isInteger(asked) && found >= 0 && found < asked && asked <= 50) {
    return { notice: t.foundOfAsked(found, asked), focusId: "review-notice" };
  }
  const index = q ? quiz.questions.findIndex((x) => x.id === q) : -1;
  const card = index >= 0 ? `q-${q}-title` : undefined;
  if (error) return { error: Object.hasOwn(t.quizErrors, error) ? t.quizErrors[error] : t.quizErrors.not_found, focusId: card ?? "review-error" };
  const n = index + 1;
  switch (done) {
    case "approved":
      return { notice: index >= 0 ? t.doneApproved(n) : undefined, focusId: card ?? "questions-title" };
    case "approved_all":
      return { notice: t.doneApprovedAll, focusId: "questions-title" };
    case "deleted":
      return { notice: t.doneDeleted, focusId: card ?? "questions-title" };
    case "moved":
      return { notice: index >= 0 ? t.doneMoved(n) : undefined, focusId: card ?? "questions-title" };
    case "regenerated":
      return { notice: index >= 0 ? t.doneRegenerated(n) : undefined, focusId: card ?? "questions-title" };
    case "published":
      return { notice: t.publishedNotice, focusId: "review-notice" };
    case "closed":
      return { notice: t.doneClosed, focusId: "review-notice" };
    case "reopened":
      return { notice: t.doneReopened, focusId: "review-notice" };
    case "deadline":
      return { notice: t.doneDeadline, focusId: "review-notice" };
    case "duplicated":
      return { notice: t.doneDuplicated, focusId: "review-notice" };
    case "assigned":
      return { notice: assignedNotice, focusId: "review-notice" };
    default:
      return {};
  }
}

interface ResultParams {
  found?: string;
  asked?: string;
  done?: string;
  error?: string;
  q?: string;
  n?: string;
  close?: string;
  delete?: string;
}

export default async function QuizPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<ResultParams> }) {
  const { id } = await params;
  const teacher = await requireTeacher(`/teacher/quizzes/${encodeURIComponent(id)}`);
  const quiz = await getQuizForTeacher(teacher.id, id);
  if (!quiz) notFound();
  const locale = await getLocale();
  const t = teacherMessages[locale];
  const sp = await searchParams;
  const active = quiz.status === "published" ? ((await listActiveAttempts(teacher.id, quiz.id)) ?? []) : [];
  const confirmClose = quiz.status === "published" && sp.close === "confirm";
  const confirmDelete = sp.delete === "confirm";
  const attemptCount = confirmDelete ? ((await countQuizAttempts(teacher.id, quiz.id)) ?? 0) : 0;
  const tc = classesMessages[locale];
  const result = actionResult(quiz, t, sp, tc.doneAssigned);
  const classOptions = (await quizClassOptions(teacher.id, quiz.id)) ?? [];
  const draft = quiz.status === "draft";
  const pending = quiz.questions.filter((q) => q.reviewState !== "approved").length;
  const link = quiz.joinCode ? await joinLink(quiz.joinCode) : null;
  const qr = link ? await qrDataUrl(link) : null;
  const text = quiz.article.text;
  // After an article edit: questions whose evidence sentence is gone (publishing is refused).
  const missingEvidence = quiz.questions.filter((q) => evidenceMissing(q, text)).map((q) => quiz.questions.indexOf(q) + 1);

  return (
    <>
      <p className="no-print">
        <Link href={`/teacher/articles/${quiz.article.id}`}>{t.backToArticle}</Link>
      </p>
      <h1>{quiz.title}</h1>
      <p className="muted">
        {t.statusHeading}
        {t.colon} <span className="badge" data-testid="quiz-status">{t.statusLabels[quiz.status]}</span> · {quiz.article.title}
        {draft && pending > 0 && <> · {t.pendingCount(pending)}</>}
      </p>
      <div id="review-feedback">
        <ActionFeedback notice={result.notice} error={result.error} focusId={result.focusId} fallbackFocusId="questions-title" stamp={result.notice || result.error ? sp.n || "load" : undefined} />
      </div>

      <section className="card" aria-labelledby="publish-title">
        <h2 id="publish-title">{t.publishTitle}</h2>
        {draft ? (
          <>
            {missingEvidence.length > 0 && (
              <p className="alert warning" data-testid="evidence-missing">
                {t.evidenceMissingNotice(missingEvidence)}
              </p>
            )}
            <p className="muted">{t.publishHelp}</p>
            <form action={publishAction}>
              <Hidden quizId={quiz.id} />
              <button type="submit">{t.publishButton}</button>
            </form>
          </>
        ) : (
          <>
            {quiz.status === "closed" && <p className="alert warning">{t.closedNotice}</p>}
            {quiz.joinCode && link && (
              <div className="row">
                <div className="grow">
                  <p>
                    {t.joinCodeLabel}
                    {t.colon} <span className="code join-code" data-testid="join-code">{quiz.joinCode}</span>
                  </p>
                  <p className="join-link-text">
                    {t.joinLinkLabel}
                    {t.colon} <a href={link} data-testid="join-link">{link}</a>
                  </p>
                  <div className="share-tools no-print">
                    <CopyLinkButton link={link} label={t.copyLink} copied={t.linkCopied} manual={t.copyManually} />
                    {quiz.status === "published" && (
                      <Link className="button secondary" href={`/teacher/quizzes/${quiz.id}/join`}>
                        {t.joinScreenLink}
                      </Link>
                    )}
                  </div>
                </div>
                {qr && <img className="qr" src={qr} alt={t.qrAlt(quiz.joinCode)} width={192} height={192} />}
              </div>
            )}
            {quiz.status === "published" && (
              <>
                <ActiveStudents quizId={quiz.id} initial={active} locale={locale} headingLevel={3} />
                {quiz.closesAt && (
                  <p data-testid="closes-at">
                    {t.deadlineShown} <LocalTime iso={quiz.closesAt.toISOString()} locale={locale} />
                  </p>
                )}
                <form action={deadlineAction} className="deadline-form">
                  <Hidden quizId={quiz.id} />
                  <DeadlineField initial={quiz.closesAt?.toISOString() ?? null} label={t.deadlineLabel} help={t.deadlineHelp} />
                  <button type="submit" className="secondary">
                    {t.deadlineSave}
                  </button>
                </form>
                {confirmClose ? (
                  <div className="alert warning close-confirm" id="close-confirm">
                    <h3 id="close-confirm-title" tabIndex={-1}>
                      {t.closeConfirmTitle}
                    </h3>
                    <p data-testid="close-confirm-still">{t.closeConfirmStill(active.length)}</p>
                    <p>{t.closeConfirmUndo}</p>
                    <div className="toolbar">
                      <form action={closeAction}>
                        <Hidden quizId={quiz.id} />
                        <input type="hidden" name="confirm" value="yes" />
                        <button type="submit" className="danger">
                          {t.closeConfirmButton}
                        </button>
                      </form>
                      <Link className="button secondary" href={`/teacher/quizzes/${quiz.id}#publish-title`}>
                        {t.cancel}
                      </Link>
                    </div>
                  </div>
                ) : (
                  <form action={closeAction}>
                    <Hidden quizId={quiz.id} />
                    <p className="muted small">{t.closeHelp}</p>
                    <button type="submit" className="danger">
                      {t.closeButton}
                    </button>
                  </form>
                )}
              </>
            )}
            {quiz.status === "closed" && (
              <form action={reopenAction} className="reopen-form">
                <Hidden quizId={quiz.id} />
                <p className="muted small">{t.reopenHelp}</p>
                <DeadlineField label={t.deadlineLabel} help={t.deadlineHelp} />
                <button type="submit">{t.reopenButton}</button>
              </form>
            )}
          </>
        )}
      </section>

      <section className="card" aria-labelledby="settings-title">
        <h2 id="settings-title">{t.settingsTitle}</h2>
        <SettingsForm
          action={settingsAction}
          quizId={quiz.id}
          locked={!draft}
          initial={{
            title: quiz.title,
            shuffleQuestions: quiz.shuffleQuestions,
            shuffleChoices: quiz.shuffleChoices,
            timeLimitMin: quiz.timeLimitSec ? String(Math.round(quiz.timeLimitSec / 60)) : "",
            attemptsAllowed: String(quiz.attemptsAllowed),
            showAnswers: quiz.showAnswers,
            interfaceLanguage: quiz.interfaceLanguage ?? "",
          }}
          labels={{
            title: t.quizTitleLabel,
            shuffleQuestions: t.shuffleQuestionsLabel,
            shuffleChoices: t.shuffleChoicesLabel,
            timeLimit: t.timeLimitLabel,
            timeLimitHelp: t.timeLimitHelp,
            attempts: t.attemptsLabel,
            showAnswers: t.showAnswersLabel,
            showAnswersOptions: t.showAnswersLabels,
            interfaceLanguage: t.interfaceLanguageLabel,
            interfaceLanguageHelp: t.interfaceLanguageHelp,
            interfaceLanguageOptions: t.interfaceLanguageOptions,
            lockedHelp: t.settingsLockedHelp,
            submit: t.saveSettingsButton,
          }}
        />
      </section>

      <section className="card" aria-labelledby="manage-title">
        <h2 id="manage-title">{t.manageTitle}</h2>
        <div className="toolbar">
          <form action={duplicateAction}>
            <Hidden quizId={quiz.id} />
            <PendingButton className="secondary">{t.duplicateButton}</PendingButton>
          </form>
          {!confirmDelete && (
            <form action={deleteQuizAction}>
              <Hidden quizId={quiz.id} />
              <button type="submit" className="danger">
                {t.deleteQuizButton}
              </button>
            </form>
          )}
        </div>
        <p className="muted small">{t.duplicateHelp}</p>
        {confirmDelete && (
          <div className="alert warning" id="delete-confirm">
            <h3 id="delete-confirm-title" tabIndex={-1}>
              {t.deleteQuizConfirmTitle}
            </h3>
            <form action={deleteQuizAction}>
              <Hidden quizId={quiz.id} />
              <input type="hidden" name="confirm" value="yes" />
              <p data-testid="delete-impact">{attemptCount > 0 ? t.deleteQuizAttempts(attemptCount) : t.deleteQuizNoAttempts}</p>
              {attemptCount > 0 && (
                <p>
                  <label className="inline-choice">
                    <input type="checkbox" name="confirmAttempts" value={attemptCount} required /> {t.deleteQuizAttemptsCheck(attemptCount)}
                  </label>
                </p>
              )}
              <div className="toolbar">
                <PendingButton className="danger">{t.deleteConfirmButton}</PendingButton>
                <Link className="button secondary" href={`/teacher/quizzes/${quiz.id}#manage-title`}>
                  {t.cancel}
                </Link>
              </div>
            </form>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="assign-title">
        <h2 id="assign-title">{tc.assignTitle}</h2>
        <p className="muted small">{tc.assignHelp}</p>
        {classOptions.length === 0 ? (
          <p>
            {tc.assignNoClasses} <Link href="/teacher/classes">{tc.assignCreateClass}</Link>
          </p>
        ) : (
          <form action={assignClassesAction}>
            <Hidden quizId={quiz.id} />
            <fieldset>
              <legend className="visually-hidden">{tc.assignTitle}</legend>
              {classOptions.map((c) => (
                <label key={c.id} className="inline-choice">
                  <input type="checkbox" name="classIds" value={c.id} defaultChecked={c.assigned} /> {c.name}
                  <span className="muted small">({tc.studentsCount(c.studentCount)})</span>
                </label>
              ))}
            </fieldset>
            <PendingButton className="secondary">{tc.assignSave}</PendingButton>
          </form>
        )}
      </section>

      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title">{t.exportTitle}</h2>
        <p className="toolbar">
          <a className="button secondary" href={`/api/teacher/quizzes/${quiz.id}/export/gift`} download>
            {t.exportGift}
          </a>
          <a className="button secondary" href={`/api/teacher/quizzes/${quiz.id}/export/moodle-xml`} download>
            {t.exportXml}
          </a>
          <Link className="button secondary" href={`/teacher/quizzes/${quiz.id}/print`}>
            {t.printLink}
          </Link>
        </p>
      </section>

      <div className="review-layout">
      <div className="review-main">
      <section aria-labelledby="questions-title">
        <div className="question-head">
          <h2 id="questions-title" tabIndex={-1}>
            {t.questionsHeading}
          </h2>
          {draft && pending > 0 && (
            <form action={approveAllAction}>
              <Hidden quizId={quiz.id} />
              <button type="submit" className="secondary">
                {t.approveAllButton}
              </button>
            </form>
          )}
        </div>
        {!draft && <p className="alert warning">{t.readOnlyNotice}</p>}
        {quiz.questions.map((q, i) => (
          <QuestionCard
            key={q.id}
            question={q}
            index={i}
            checks={checkQuestion(q, text)}
            articleText={text}
            t={t}
            actions={
              draft && (
                <div className="toolbar" role="group" aria-label={t.actionsFor(i + 1)}>
                  {q.reviewState !== "approved" && (
                    <form action={approveQuestionAction}>
                      <Hidden quizId={quiz.id} questionId={q.id} />
                      <button type="submit">{t.approveButton}</button>
                    </form>
                  )}
                  <form action={moveUpAction}>
                    <Hidden quizId={quiz.id} questionId={q.id} />
                    <button type="submit" className="secondary" disabled={i === 0}>
                      {t.moveUpButton}
                    </button>
                  </form>
                  <form action={moveDownAction}>
                    <Hidden quizId={quiz.id} questionId={q.id} />
                    <button type="submit" className="secondary" disabled={i === quiz.questions.length - 1}>
                      {t.moveDownButton}
                    </button>
                  </form>
                  <form action={regenerateQuestionAction}>
                    <Hidden quizId={quiz.id} questionId={q.id} />
                    <button type="submit" className="secondary">
                      {t.regenerateButton}
                    </button>
                  </form>
                  <form action={deleteQuestionAction}>
                    <Hidden quizId={quiz.id} questionId={q.id} />
                    <button type="submit" className="danger">
                      {t.deleteButton}
                    </button>
                  </form>
                </div>
              )
            }
            editor={
              draft && (
                <details className="editor">
                  <summary>{t.editSummary}</summary>
                  <QuestionEditor
                    key={q.id}
                    action={updateQuestionAction}
                    idPrefix={`edit-${q.id}`}
                    hidden={{ quizId: quiz.id, questionId: q.id }}
                    initial={editorValues(q, quiz.language)}
                    kindEditable={false}
                    labels={editorLabels(t, t.saveButton)}
                  />
                </details>
              )
            }
          />
        ))}
      </section>

      {draft && (
        <section className="card" aria-labelledby="add-title">
          <h2 id="add-title">{t.addQuestionTitle}</h2>
          <QuestionEditor
            action={addQuestionAction}
            idPrefix="add"
            hidden={{ quizId: quiz.id }}
            initial={{ kind: "short_answer", category: "comprehension", source: "article", prompt: "", choices: "", answer: "", tfAnswer: "", accepted: "", evidence: "", explanation: "", difficulty: "2" }}
            kindEditable
            labels={editorLabels(t, t.addButton)}
          />
        </section>
      )}

      </div>
      <section className="card review-article" aria-labelledby="article-title">
        <h2 id="article-title">{t.articleHeading}</h2>
        <p className="muted small">{t.allEvidenceHelp}</p>
        <div className="article-full" tabIndex={0} role="region" aria-label={quiz.article.title}>
          <ArticleText text={text} highlights={quiz.questions.map((q, i) => ({ start: q.evidenceStart, end: q.evidenceEnd, label: t.questionN(i + 1), id: `ev-${q.id}` }))} />
        </div>
      </section>
      </div>
    </>
  );
}
