// What the screens show: the shipped catalogue in one language, overlaid with the officers'
// corrections of that language (each field of each service corrected on its own). The kiosk, the
// portal page and the printed slip all read this one view, so they never disagree.
import type { Catalogue, EntryField, StandardEntry } from './catalogue';
import { entryFields } from './catalogue';
import { channelHref } from './channels';
import {
  fieldFromText,
  type FieldValue,
  type Lang,
  type LocalisedChannel,
  type LocalisedSection,
} from './fieldText';
import { serviceNumber, type ServiceId } from './serviceIds';

/** An officer's correction of one field in one language; `text` null: back to the decree's text. */
export interface Correction {
  readonly serviceId: ServiceId;
  readonly field: EntryField;
  readonly lang: Lang;
  readonly text: string | null;
}

export interface LocalisedStandard {
  readonly serviceId: ServiceId;
  /** The service's number in the decree (1–15). */
  readonly number: number;
  readonly name: string;
  readonly shortName: string;
  readonly summary: string;
  readonly requirements: readonly string[];
  readonly procedure: readonly LocalisedSection[];
  readonly serviceTime: readonly string[];
  readonly cost: string;
  /** The cost reads Rp 0: the screens say "Gratis" with it. */
  readonly free: boolean;
  readonly product: string;
  readonly complaintChannels: readonly LocalisedChannel[];
  readonly legalBasis: readonly string[];
  readonly facilities: readonly string[];
  readonly staffCount: string;
  readonly staffCompetence: readonly string[];
  readonly supervision: readonly string[];
  readonly serviceGuarantee: readonly string[];
  readonly safetyGuarantee: readonly string[];
  readonly evaluation: readonly string[];
  readonly serviceNotice: string;
  /** Fields whose text here is an officer's correction, not the decree's. */
  readonly corrected: readonly EntryField[];
}

/** "Rp. 0", "Rp 0 (free of charge)", "Gratis": nothing to pay. */
export const readsFree = (cost: string): boolean =>
  /^(rp\.?\s*0(?![\d.,]*\d)|gratis|free)/i.test(cost.trim());

/** The cost as a visitor reads it: "Gratis (Rp. 0)", or the text alone when it already says so. */
export const costLine = (standard: Pick<LocalisedStandard, 'cost' | 'free'>, freeWord: string): string =>
  standard.free && !/gratis|free/i.test(standard.cost) ? `${freeWord} (${standard.cost})` : standard.cost;

function shippedValue(entry: StandardEntry, field: EntryField, lang: Lang): FieldValue {
  switch (field) {
    case 'procedure':
      return entry.procedure.map((s) => ({
        title: s.title ? s.title[lang] : null,
        steps: s.steps.map((t) => t[lang]),
      }));
    case 'complaintChannels':
      return entry.complaintChannels.map((c) => ({
        kind: c.kind,
        label: c.label[lang],
        ...(c.value ? { value: c.value } : {}),
        href: channelHref(c),
      }));
    default: {
      const value = entry[field];
      return Array.isArray(value) ? value.map((t) => t[lang]) : (value as { id: string; en: string })[lang];
    }
  }
}

/** One service in one language with its corrections. */
export function localiseEntry(
  entry: StandardEntry,
  lang: Lang,
  corrections: readonly Correction[],
): LocalisedStandard {
  const mine = new Map<EntryField, string>();
  for (const c of corrections) {
    if (c.serviceId === entry.serviceId && c.lang === lang && c.text !== null) mine.set(c.field, c.text);
  }
  const view: Record<string, unknown> = {
    serviceId: entry.serviceId,
    number: serviceNumber(entry.serviceId),
  };
  for (const field of entryFields) {
    const text = mine.get(field);
    view[field] = text === undefined ? shippedValue(entry, field, lang) : fieldFromText(field, text);
  }
  view.free = readsFree(view.cost as string);
  view.corrected = entryFields.filter((f) => mine.has(f));
  return view as unknown as LocalisedStandard;
}

/** All 15 services in one language, in the decree's order. */
export function localiseCatalogue(
  catalogue: Catalogue,
  lang: Lang,
  corrections: readonly Correction[],
): LocalisedStandard[] {
  return catalogue.entries.map((e) => localiseEntry(e, lang, corrections));
}
