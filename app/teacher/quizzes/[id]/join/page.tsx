import Link from "next/link";
import { notFound } from "next/navigation";
import { requireTeacher } from "@/lib/server/auth";
import { getQuizForTeacher } from "@/lib/server/quizzes/teacher-quiz";
import { joinLink, qrDataUrl } from "@/lib/server/quizzes/join-link";
import { getLocale } from "@/lib/i18n/server";
import { teacherMessages } from "@/lib/i18n/messages/teacher";
import { FullscreenButton } from "@/components/teacher/fullscreen-button";
import "@/components/teacher/teacher.css";
import { localizedMetadata } from "@/lib/i18n/page-metadata";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("joinScreen");

// The projector view: the join code, a QR code and the address, as large as the screen allows.
export default async function JoinScreenPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const teacher = await requireTeacher(`/teacher/quizzes/${encodeURIComponent(id)}/join`);
  const quiz = await getQuizForTeacher(teacher.id, id);
  if (!quiz) notFound();
  const t = teacherMessages[await getLocale()];
  const back = `/teacher/quizzes/${quiz.id}`;
  if (quiz.status !== "published" || !quiz.joinCode) {
    return (
      <>
        <h1>{t.joinScreenTitle(quiz.title)}</h1>
        <p className="alert warning">{t.joinScreenNotOpen}</p>
        <p>
          <Link href={back}>{t.backToQuiz}</Link>
        </p>
      </>
    );
  }
  const link = await joinLink(quiz.joinCode);
  const qr = await qrDataUrl(link);
  return (
    <div className="join-screen" data-testid="join-screen">
      <div className="join-screen-bar">
        <FullscreenButton label={t.joinScreenFullscreen} />
        <Link className="button secondary" href={back}>
          {t.joinScreenClose}
        </Link>
      </div>
      <h1>
        {t.joinScreenTitle("")}
        <span lang={quiz.language}>{quiz.title}</span>
      </h1>
      <div className="join-screen-body">
        {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server */}
        <img className="join-screen-qr" src={qr} alt={t.qrAlt(quiz.joinCode)} />
        <div className="join-screen-text">
          <p>{t.joinScreenStep1}</p>
          <p className="join-screen-url" data-testid="join-screen-link">
            {link}
          </p>
          <p>{t.joinScreenStep2}</p>
          <p className="code join-screen-code" data-testid="join-screen-code">
            {quiz.joinCode}
          </p>
        </div>
      </div>
    </div>
  );
}
