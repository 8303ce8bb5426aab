// Slips and public screens show a visitor's name masked (UU 27/2022 on personal data: a slip left
// on a desk or a name on the lobby screen must not identify the visitor to strangers).

const stars = '****';

/**
 * "Budi Santoso" → "Budi S****"; "Muhammad Rizky Pratama" → "Muhammad R****"; a one-word name
 * keeps at most its first three letters: "Sukarno" → "Suk****". Later words are dropped, and the
 * number of stars is fixed, so the mask does not leak the length of the hidden part.
 */
export function maskName(fullName: string): string {
  const words = fullName
    // Visitor input: drop control characters before anything else looks at it.
    .replace(/\p{Cc}/gu, ' ')
    .normalize('NFC')
    .trim()
    .split(/\s+/u)
    .filter((w) => w.length > 0);
  const [first, second] = words;
  if (first === undefined) return stars;
  if (second === undefined) {
    const letters = Array.from(first);
    return letters.length <= 3 ? letters.slice(0, 1).join('') + stars : letters.slice(0, 3).join('') + stars;
  }
  const initial = Array.from(second)[0] ?? '';
  return `${first} ${initial.toLocaleUpperCase('id')}${stars}`;
}

/**
 * How a public screen greets a visitor: the first name when the name has more than one word, the
 * masked name when it is a single word ("Sukarno" would otherwise be shown whole, while slips mask it).
 */
export function publicName(fullName: string): string {
  const words = fullName
    .replace(/\p{Cc}/gu, ' ')
    .trim()
    .split(/\s+/u)
    .filter(Boolean);
  return words.length >= 2 ? words[0]! : maskName(fullName);
}
