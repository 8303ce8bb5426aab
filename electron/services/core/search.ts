// The officer's search box: a name, an e-mail or a phone number, typed the way people say it.

/** Escapes LIKE wildcards so a visitor named "100%" is searched for literally (use with ESCAPE '\'). */
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Digits of a phone query in the stored E.164 form: "0812 34" → "6281234". */
export const phoneDigits = (q: string) => {
  const digits = q.replace(/\D/g, '');
  return digits.startsWith('0') ? `62${digits.slice(1)}` : digits;
};

/**
 * A WHERE clause matching a person's name or e-mail, and their phone when the query has at least three
 * digits, with its named parameters. `alias` is the visitors table's alias in the caller's query.
 */
export function personMatch(
  alias: string,
  query: string,
): { readonly clause: string; readonly params: Record<string, string> } {
  const digits = phoneDigits(query);
  const byPhone = digits.length >= 3;
  return {
    clause:
      `(${alias}.full_name LIKE :q ESCAPE '\\' OR ${alias}.email LIKE :q ESCAPE '\\'` +
      (byPhone ? ` OR ${alias}.phone_e164 LIKE :digits ESCAPE '\\')` : ')'),
    params: { q: likePattern(query), ...(byPhone ? { digits: likePattern(digits) } : {}) },
  };
}
