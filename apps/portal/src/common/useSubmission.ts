import { type FormEvent, useState } from 'react';

interface SubmissionOptions<T> {
  onDone?: (result: T) => void;
  /** The message to show for a failure, or null when the failure is handled otherwise (the default shows its message). */
  onError?: (failure: unknown) => string | null;
  initialError?: string | null;
}

const messageOf = (failure: unknown) => (failure instanceof Error ? failure.message : 'Something went wrong. Try again.');

/**
 * A form's submission: `submit` runs `run` once per submit, `busy` while it runs, `error` the message of
 * its failure. On success the form is usually replaced, so `busy` stays set.
 */
export function useSubmission<T>(run: () => Promise<T>, { onDone, onError = messageOf, initialError = null }: SubmissionOptions<T> = {}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(initialError);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    run().then(onDone, (failure: unknown) => {
      setBusy(false);
      setError(onError(failure));
    });
  };
  return { busy, error, setError, submit };
}
