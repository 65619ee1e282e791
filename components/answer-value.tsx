// An answer as given or expected: a numbered list for ordering answers, plain text otherwise.
// With `empty`, a missing answer shows that placeholder instead of nothing.
export function AnswerValue({ value, empty }: Readonly<{ value: string | string[] | null; empty?: string }>) {
  const missing = value === null || value === "" || (Array.isArray(value) && value.length === 0);
  if (missing && empty !== undefined) return <em>{empty}</em>;
  if (Array.isArray(value)) {
    return (
      <ol className="answer-list">
        {value.map((v, i) => (
          <li key={i}>{v}</li>
        ))}
      </ol>
    );
  }
  return <span>{value}</span>;
}
