import type { z } from 'zod';

/**
 * A form's errors from one of the contract's schemas, for input the form first reshapes (blank lines
 * dropped, strings turned to numbers): each issue's message key under the form path `pathOf` gives
 * for the schema's path; the first issue of a field wins.
 */
export function zodErrors(
  schema: z.ZodType,
  input: unknown,
  pathOf: (path: readonly PropertyKey[]) => string = (path) => path.map(String).join('.'),
): Record<string, string> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = pathOf(issue.path);
    errors[key] ??= issue.message;
  }
  return errors;
}
