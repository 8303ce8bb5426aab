// Field schemas several domains share. Errors are message keys, not prose: the renderer translates
// them, and a form shows each field's own key under the field.
import { z } from 'zod';
import { normalisePhone } from '../phone';
import { cleanText } from '../text';

/** Visitor or officer text: normalised (cleanText), then bounded; a huge input is refused before normalising. */
export const humanText = (max: number, key: string) => boundedText('errors.field', key, max);

/**
 * Text a person types, normalised then bounded (a huge paste is refused before normalising), with
 * each domain's own messages: `<prefix>.<key>Required`, `…TooShort` (when `min` > 1), `…TooLong`.
 */
export function boundedText(prefix: string, key: string, max: number, min = 1) {
  const inner = z.string().min(1, { error: `${prefix}.${key}Required` });
  return z
    .string({ error: `${prefix}.${key}Required` })
    .max(max * 4, { error: `${prefix}.${key}TooLong` })
    .transform(cleanText)
    .pipe(
      (min > 1 ? inner.min(min, { error: `${prefix}.${key}TooShort` }) : inner).max(max, {
        error: `${prefix}.${key}TooLong`,
      }),
    );
}

/** The same for a field that may be left empty: '' (a form) or nothing both mean "not given". */
export const optionalBoundedText = (prefix: string, key: string, max: number) =>
  z
    .string()
    .max(max * 4, { error: `${prefix}.${key}TooLong` })
    .transform(cleanText)
    .pipe(z.string().max(max, { error: `${prefix}.${key}TooLong` }))
    .default('');

export const fullNameSchema = humanText(100, 'name').pipe(
  z.string().min(2, { error: 'errors.field.nameTooShort' }),
);
export const emailSchema = z
  .string({ error: 'errors.field.emailRequired' })
  .max(254, { error: 'errors.field.emailInvalid' })
  .transform((s) => cleanText(s).toLowerCase())
  .pipe(z.email({ error: 'errors.field.emailInvalid' }));
/** What the visitor typed (0812…, +62 812-…, a WhatsApp number abroad), parsed to E.164 (+62…). */
export const phoneInputSchema = z
  .string({ error: 'errors.field.phoneRequired' })
  .max(32, { error: 'errors.field.phoneInvalid' })
  .transform(cleanText)
  .pipe(z.string().min(1, { error: 'errors.field.phoneRequired' }))
  .transform((raw, ctx) => {
    const e164 = normalisePhone(raw);
    if (!e164) ctx.addIssue({ code: 'custom', message: 'errors.field.phoneInvalid' });
    return e164 ?? raw;
  });
export const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'errors.field.dayInvalid' });
export const requestKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9-]{8,64}$/, { error: 'errors.field.requestKeyInvalid' });
export const langSchema = z.enum(['id', 'en']);
/** Why the officer did something out of the ordinary (a manual check-in, a cancellation). */
export const reasonSchema = humanText(300, 'reason').pipe(
  z.string().min(3, { error: 'errors.field.reasonTooShort' }),
);
export const idSchema = z.string().min(1).max(64);
export const noInput = z.object({}).strict();
