// The words of an error the core sent about the guest book. Its keys are `errors.guestbook.*`; the
// catalogue keeps their texts under `guestbook.errors.*` (the domain's own strings) until the app's
// `errors` table takes them in, so both places are tried.
import type { i18n as I18n, TFunction } from 'i18next';

export function messageOf(
  t: TFunction,
  i18n: I18n,
  key: string,
  params?: Readonly<Record<string, string | number>>,
): string {
  if (i18n.exists(key)) return t(key, params);
  const own = key.replace(/^errors\.guestbook\./, 'guestbook.errors.');
  return t(own, params);
}
