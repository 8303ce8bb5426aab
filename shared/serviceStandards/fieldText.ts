// One field of a standard as the text an officer edits, and back. A text field is one line; a list
// is one item per line; the procedure is its steps one per line, a line starting with "# " opening a
// titled section (PPID has four); complaint channels are one per line, each read for its e-mail,
// website or number (channels.ts) so a corrected channel still gets its QR.
import type { EntryField, StandardEntry } from './catalogue';
import { channelFromLine, channelHref } from './channels';
import type { ChannelKind } from './catalogue';
import { cleanText } from '../text';

export type Lang = 'id' | 'en';

export type FieldShape = 'text' | 'list' | 'procedure' | 'channels';

export const fieldShapes: { readonly [F in EntryField]: FieldShape } = {
  name: 'text',
  shortName: 'text',
  summary: 'text',
  requirements: 'list',
  procedure: 'procedure',
  serviceTime: 'list',
  cost: 'text',
  product: 'text',
  complaintChannels: 'channels',
  legalBasis: 'list',
  facilities: 'list',
  staffCount: 'text',
  staffCompetence: 'list',
  supervision: 'list',
  serviceGuarantee: 'list',
  safetyGuarantee: 'list',
  evaluation: 'list',
  serviceNotice: 'text',
};

export interface LocalisedChannel {
  readonly kind: ChannelKind;
  readonly label: string;
  readonly value?: string;
  /** What a QR or link opens; null for a channel with nothing to open. */
  readonly href: string | null;
}
export interface LocalisedSection {
  readonly title: string | null;
  readonly steps: readonly string[];
}
/** A field's value in one language, as a screen shows it. */
export type FieldValue =
  string | readonly string[] | readonly LocalisedSection[] | readonly LocalisedChannel[];

/** Limits that keep a correction printable and the page readable; the decree's longest step is ~900 characters. */
export const correctionLimits = {
  textChars: 600,
  lineChars: 1500,
  lines: 60,
  totalChars: 12_000,
} as const;

const TITLE = /^#\s*/;

/** The shipped value of a field in one language, as the officer's editor starts from it. */
export function fieldAsText(entry: StandardEntry, field: EntryField, lang: Lang): string {
  switch (field) {
    case 'procedure':
      return entry.procedure
        .flatMap((s) => [...(s.title ? [`# ${s.title[lang]}`] : []), ...s.steps.map((t) => t[lang])])
        .join('\n');
    case 'complaintChannels':
      return entry.complaintChannels.map((c) => c.label[lang]).join('\n');
    default: {
      const value = entry[field];
      return Array.isArray(value)
        ? value.map((t) => t[lang]).join('\n')
        : (value as { id: string; en: string })[lang];
    }
  }
}

export type CorrectionCheck =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly messageKey: string };

/**
 * What an officer typed, made clean (each line as cleanText makes visitor text: NFC, no control or
 * bidi characters, one space) and checked: not empty, not too long. A text field keeps one line.
 * Markup is kept as the characters typed: every screen prints text, never HTML.
 */
export function checkCorrectionText(field: EntryField, raw: string): CorrectionCheck {
  if (raw.length > correctionLimits.totalChars * 2)
    return { ok: false, messageKey: 'errors.standards.tooLong' };
  const lines = raw
    .split(/\r\n|\r|\n/)
    .map(cleanText)
    .filter(
      (l) =>
        l.length > 0 && !(fieldShapes[field] === 'procedure' && TITLE.test(l) && l.replace(TITLE, '') === ''),
    );
  if (lines.length === 0) return { ok: false, messageKey: 'errors.standards.textRequired' };
  if (fieldShapes[field] === 'text') {
    const text = lines.join(' ');
    return text.length > correctionLimits.textChars
      ? { ok: false, messageKey: 'errors.standards.tooLong' }
      : { ok: true, text };
  }
  if (fieldShapes[field] === 'procedure' && lines.every((l) => TITLE.test(l))) {
    return { ok: false, messageKey: 'errors.standards.stepsRequired' };
  }
  if (lines.length > correctionLimits.lines)
    return { ok: false, messageKey: 'errors.standards.tooManyLines' };
  if (lines.some((l) => l.length > correctionLimits.lineChars))
    return { ok: false, messageKey: 'errors.standards.lineTooLong' };
  const text = lines.join('\n');
  return text.length > correctionLimits.totalChars
    ? { ok: false, messageKey: 'errors.standards.tooLong' }
    : { ok: true, text };
}

/** A corrected field's text (already checked) as the value a screen shows. */
export function fieldFromText(field: EntryField, text: string): FieldValue {
  const lines = text.split('\n').filter((l) => l.length > 0);
  switch (fieldShapes[field]) {
    case 'text':
      return lines.join(' ');
    case 'list':
      return lines;
    case 'channels':
      return lines.map((line) => {
        const c = channelFromLine(line);
        return { ...c, href: channelHref(c) };
      });
    case 'procedure': {
      const sections: { title: string | null; steps: string[] }[] = [];
      for (const line of lines) {
        if (TITLE.test(line)) sections.push({ title: line.replace(TITLE, ''), steps: [] });
        else if (sections.length === 0) sections.push({ title: null, steps: [line] });
        else sections[sections.length - 1]!.steps.push(line);
      }
      // A title with no steps under it (typed last, say) is dropped rather than shown empty.
      return sections.filter((s) => s.steps.length > 0);
    }
  }
}
