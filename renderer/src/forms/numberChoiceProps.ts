import type { SchemaForm } from './useSchemaForm';

/**
 * A Mantine Select (string values) bound to a form field holding a number or null, as the contract
 * has it (a desk, a locker): the form keeps the contract's type, the Select its strings.
 */
export function numberChoiceProps<Values extends Record<string, unknown>>(
  form: SchemaForm<Values>,
  path: keyof Values & string,
) {
  const { error, onFocus, onBlur } = form.getInputProps(path);
  const value = form.values[path] as number | null;
  return {
    error,
    onFocus,
    onBlur,
    value: value === null ? null : String(value),
    onChange: (v: string | null) => form.setFieldValue(path, (v === null ? null : Number(v)) as never),
  };
}
