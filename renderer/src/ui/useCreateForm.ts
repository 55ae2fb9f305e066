import { useState } from 'react';
import { ApiCallError, messageOf } from '../api/client';
import { trackSave } from './saveStatus';

/**
 * State for a "new record" form: the typed values stay when the back end refuses them, with the
 * Dutch message per field.
 */
export function useCreateForm<T extends object, R>(initial: T, create: (values: T) => Promise<R>, onCreated: (record: R) => void) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof T>(field: K, value: T[K]) => setValues((v) => ({ ...v, [field]: value }));

  const submit = async () => {
    setBusy(true);
    try {
      const record = await trackSave(() => create(values));
      setValues(initial);
      setErrors({});
      setFormError(null);
      onCreated(record);
    } catch (error) {
      const fields = error instanceof ApiCallError ? error.fields : {};
      setErrors(fields);
      // A field message is shown next to its field; the general message only when there is none.
      setFormError(Object.keys(fields).length > 0 ? null : messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return { values, set, errors, formError, busy, submit, reset: () => setValues(initial) };
}
