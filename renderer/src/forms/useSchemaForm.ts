import { useCallback, useRef } from 'react';
import { schemaResolver, useForm, type FormErrors, type UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';

export type SchemaForm<Values> = UseFormReturnType<Values>;
/** A Standard Schema (zod 4 implements it), as Mantine's resolver takes it. */
type StandardSchema = Parameters<typeof schemaResolver>[0];

interface Options<Values> {
  readonly initialValues: Values;
  /** The contract's own input schema (zod implements Standard Schema); its messages are keys. */
  readonly schema?: StandardSchema;
  /** Or checks of the screen's own, returning message keys (or text) per field path. */
  readonly validate?: (values: Values) => FormErrors;
}

/**
 * A form checked with the contract's schema when it is submitted, never while the visitor is still
 * typing. Errors are message keys (errors.field.*), translated where they are shown, so switching
 * language translates them too. A field with an error is checked again on every change and its
 * error goes as soon as the value is right; the other fields are left alone until the next submit.
 */
export function useSchemaForm<Values extends Record<string, unknown>>({
  initialValues,
  schema,
  validate,
}: Options<Values>): SchemaForm<Values> {
  const { t, i18n } = useTranslation();
  const self = useRef<SchemaForm<Values> | null>(null);
  const recheckChanged = useCallback((values: Values, previous: Values) => {
    const current = self.current;
    if (!current) return;
    for (const path of Object.keys(current.errors)) {
      const field = path.split('.')[0]!;
      if (values[field] !== previous[field]) current.validateField(path);
    }
  }, []);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues,
    validate: schema ? schemaResolver(schema, { sync: true }) : validate,
    clearInputErrorOnChange: false,
    onValuesChange: recheckChanged,
    enhanceGetInputProps: ({ inputProps }) => {
      const error: unknown = inputProps.error;
      if (typeof error === 'string' && i18n.exists(error)) return { error: t(error) };
      return undefined;
    },
  });
  self.current = form;
  return form;
}

/**
 * Puts the core's per-field refusals under their inputs. Returns true when every refused field is on
 * this form, so the form needs no second, general message.
 */
export function showServerErrors<Values>(
  form: SchemaForm<Values>,
  error: AppError,
  fieldsOnForm: readonly string[],
): boolean {
  const fields = error.fields ?? {};
  const shown = Object.keys(fields).filter((f) => fieldsOnForm.includes(f));
  if (shown.length > 0) form.setErrors(Object.fromEntries(shown.map((f) => [f, fields[f]])));
  return error.code === 'validation' && shown.length > 0 && shown.length === Object.keys(fields).length;
}
