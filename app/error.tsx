"use client";
// Last-resort error boundary: a plain message, never a stack trace.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const fr = typeof document === "undefined" || document.documentElement.lang !== "en";
  return (
    <section className="card" role="alert">
      <h1>{fr ? "Une erreur est survenue" : "Something went wrong"}</h1>
      <p>{fr ? "Réessayez dans un instant. Vos réponses déjà enregistrées ne sont pas perdues." : "Try again in a moment. Answers already saved are not lost."}</p>
      <button type="button" onClick={reset}>
        {fr ? "Réessayer" : "Try again"}
      </button>
    </section>
  );
}
