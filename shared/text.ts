// Visitor text is data until rendered. Before it is stored it is normalised so that what the
// officer sees, searches and prints is what the visitor meant, and nothing invisible rides along.

// C0/C1 control characters and the bidi embedding/override/isolate marks that can make a name
// display as something else (the "Trojan Source" trick).
const INVISIBLE = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

/** NFC, invisible and control characters removed, runs of white space folded to one space, trimmed. */
export function cleanText(raw: string): string {
  return raw.normalize('NFC').replace(INVISIBLE, ' ').replace(/\s+/gu, ' ').trim();
}

/** The first word of a name, for greeting a visitor on a public screen without showing all of it. */
export function firstName(fullName: string): string {
  return cleanText(fullName).split(' ')[0] ?? '';
}
