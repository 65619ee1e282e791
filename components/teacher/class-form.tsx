"use client";
// Creating a class: name and optional level. The typed values come back with an error.
import { useActionState } from "react";
import { emptyFormState, type FormState } from "./form-state";
import { FormAlert } from "./field-error";
import { TextField } from "./text-field";
import "./teacher.css";

interface Props {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  labels: { name: string; nameHelp: string; level: string; levelHelp: string; submit: string };
}

export function ClassForm({ action, labels }: Readonly<Props>) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const fe = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      <FormAlert message={state.error} />
      <TextField id="class-name" label={labels.name} help={labels.nameHelp} error={fe.name} name="name" type="text" required maxLength={120} defaultValue={state.values?.name} />
      <TextField id="class-level" label={labels.level} help={labels.levelHelp} error={fe.level} name="level" type="text" maxLength={80} defaultValue={state.values?.level} />
      <button type="submit" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
