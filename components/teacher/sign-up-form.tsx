"use client";
import { useActionState } from "react";
import { emptyFormState, type FormState } from "./form-state";
import { FormAlert } from "./field-error";
import { TextField } from "./text-field";
import "./teacher.css";

interface Props {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  labels: { name: string; email: string; password: string; passwordHelp: string; submit: string };
}

export function SignUpForm({ action, labels }: Readonly<Props>) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const fe = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      <FormAlert message={state.error} />
      <TextField id="name" label={labels.name} error={fe.name} name="name" type="text" autoComplete="name" required maxLength={80} defaultValue={state.values?.name} />
      <TextField id="email" label={labels.email} error={fe.email} name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={state.values?.email} />
      {/* The password is never sent back (no defaultValue). */}
      <TextField id="password" label={labels.password} help={labels.passwordHelp} error={fe.password} name="password" type="password" autoComplete="new-password" required minLength={10} maxLength={256} />
      <button type="submit" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
