export interface FieldErrorProps {
  id: string;
  message: string | undefined;
}

/** A field's problem, referenced by the field's aria-describedby so it is read with it. */
export function FieldError({ id, message }: FieldErrorProps) {
  return message ? (
    <p class="ts-error" id={id}>
      {message}
    </p>
  ) : null;
}
