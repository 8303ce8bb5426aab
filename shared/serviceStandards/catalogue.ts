// The shape of the service standards catalogue: the 15 services of decree 18/2024 with the
// components its lampiran sets for each (PermenPANRB 15/2014: Service Delivery 1–6, Manufacturing
// 7–14), every text in Indonesian as the decree words it and in English.
//
// The Indonesian keeps the decree's own wording, copy errors included (DOMAIN.md §6: show what it
// says and let an officer correct it; see errata.ts); only list letters ("a.", "1)") and the list
// separators (";", "; dan") are dropped, because the screens number the items themselves.
import { z } from 'zod';
import { serviceIds } from './serviceIds';

/** A text the catalogue shows: never blank, never a leftover of the authoring. */
const filled = z
  .string()
  .refine((s) => s.trim().length > 0 && s === s.trim(), { error: 'blank or untrimmed text' });

/** One text in both languages: `id` is what the decree says, `en` a natural English translation. */
export const bilingualSchema = z.object({ id: filled, en: filled }).strict();
export type Bilingual = z.infer<typeof bilingualSchema>;

const list = z.array(bilingualSchema).min(1);

/**
 * How a complaint channel is reached, so a screen can offer the right thing: a QR for a website,
 * the number for a phone or SMS, the address for an e-mail; channels without a `value` (the
 * complaint box, meeting the officer in person, "our social media") are shown as text only.
 */
export const channelKinds = [
  'lapor', // SP4N-LAPOR! (lapor.go.id)
  'sms', // SMS, e.g. 1708 for SP4N-LAPOR!
  'phone',
  'email',
  'website',
  'social', // social media accounts; `value` is the handle when the decree names one
  'complaintBox',
  'inPerson',
  'other', // a line an officer wrote that names none of the above
] as const;
export type ChannelKind = (typeof channelKinds)[number];

export const channelSchema = z
  .object({
    kind: z.enum(channelKinds),
    /** The line as the decree writes it, and in English. */
    label: bilingualSchema,
    /** The machine value: a host or URL, an e-mail address, phone digits, an @handle. */
    value: z.string().min(1).optional(),
  })
  .strict();
export type Channel = z.infer<typeof channelSchema>;

/** A run of procedure steps; a service with several procedures (PPID) titles each one. */
export const procedureSectionSchema = z.object({ title: bilingualSchema.optional(), steps: list }).strict();
export type ProcedureSection = z.infer<typeof procedureSectionSchema>;

export const standardEntrySchema = z
  .object({
    serviceId: z.enum(serviceIds),
    /** The service's name as Diktum KEDUA lists it. */
    name: bilingualSchema,
    /** Loket's own: a tile label of a few words (the decree has none). */
    shortName: bilingualSchema,
    /** Loket's own: "what this service is for" in one line (the decree has none). */
    summary: bilingualSchema,
    // Service Delivery (components 1–6)
    requirements: list,
    procedure: z.array(procedureSectionSchema).min(1),
    serviceTime: list,
    cost: bilingualSchema,
    product: bilingualSchema,
    complaintChannels: z.array(channelSchema).min(1),
    // Manufacturing (components 7–14)
    legalBasis: list,
    facilities: list,
    staffCount: bilingualSchema,
    staffCompetence: list,
    supervision: list,
    serviceGuarantee: list,
    safetyGuarantee: list,
    evaluation: list,
    /** The Maklumat Pelayanan the service guarantee refers to. */
    serviceNotice: bilingualSchema,
  })
  .strict();
export type StandardEntry = z.infer<typeof standardEntrySchema>;

/** The fields an officer may correct; each holds one text or a list per language. */
export const entryFields = [
  'name',
  'shortName',
  'summary',
  'requirements',
  'procedure',
  'serviceTime',
  'cost',
  'product',
  'complaintChannels',
  'legalBasis',
  'facilities',
  'staffCount',
  'staffCompetence',
  'supervision',
  'serviceGuarantee',
  'safetyGuarantee',
  'evaluation',
  'serviceNotice',
] as const satisfies readonly Exclude<keyof StandardEntry, 'serviceId'>[];
export type EntryField = (typeof entryFields)[number];

/** Where the catalogue's text comes from, shown under every page and printed on the slip. */
export const catalogueSourceSchema = z
  .object({
    /** "Keputusan Kepala Dinas … Nomor 18 Tahun 2024" */
    title: bilingualSchema,
    subject: bilingualSchema,
    number: z.string().min(1),
    year: z.number().int(),
    /** The day it was set (ISO); the screens print it as "8 Januari 2024". */
    issuedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    issuedAt: z.string().min(1),
    signedBy: z.string().min(1),
  })
  .strict();
export type CatalogueSource = z.infer<typeof catalogueSourceSchema>;

export const catalogueSchema = z
  .object({
    /**
     * The shipped content's version: raised whenever an entry's text changes in the app, so an
     * officer's correction can say which text it corrected.
     */
    version: z.number().int().min(1),
    source: catalogueSourceSchema,
    entries: z.array(standardEntrySchema),
  })
  .strict()
  .superRefine((catalogue, ctx) => {
    // Exactly the 15 services, in the decree's order, each once.
    const ids = catalogue.entries.map((e) => e.serviceId);
    if (ids.join() !== serviceIds.join()) {
      ctx.addIssue({
        code: 'custom',
        message: `entries must be the 15 services in the decree's order; got ${ids.join(', ')}`,
      });
    }
  });
export type Catalogue = z.infer<typeof catalogueSchema>;

const months = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;

/** "8 Januari 2024": the day the decree was set, as an office writes it, whatever the browser's locale. */
export function sourceDate(isoDay: string, lang: 'id' | 'en'): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return `${d} ${months[lang][(m ?? 1) - 1]} ${y}`;
}
