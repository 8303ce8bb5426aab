// The letters the desk sends about a request, from templates, on the office's letterhead and with
// the site's numbering (indonesian-services.md §7–§8): the reply to a refused request (SOP 100, and
// any room request refused), the reply to an accepted application (planned in the RKA), the notice
// of a confirmed room loan, visit or meeting (the slot and the preparation), the notice of a slot
// moved after a clash; and the disposition sheet (lembar disposisi) of the incoming letter with one
// row per step of its chain. Built only from the record, the issued letter and the settings, so the
// kiosk and the server print the same bytes. Node only: it renders with pdfmake
// (shared/documents/letterPdf.ts); never imported by the renderer.
import { attendanceQrText } from './attendanceCode';
import {
  formatLongDate,
  formatLongDateWithDay,
  formatNumber,
  formatPrintTime,
  type DocLang,
} from '../documents/format';
import {
  renderFormSheetPdf,
  renderLetterPdf,
  type FormSheetInput,
  type LetterBlock,
  type LetterDocumentInput,
} from '../documents/letterPdf';
import type { IssuedLetter, LetterKind, RequestRecord, Slot } from './requestRecord';
import type { ChainStep, RequestType } from './requestSettings';
import {
  requestTypeOf,
  requestWords,
  roomName,
  timeRange,
  type RequestDocumentContext,
  type RequestWords,
} from './requestWords';

export type { RequestDocumentContext };

/** Words Indonesian letters keep in lower case inside a title ("Permohonan Peminjaman Ruang dan Alat"). */
const SMALL_WORDS = new Set([
  'dan',
  'atau',
  'di',
  'ke',
  'dari',
  'untuk',
  'yang',
  'dengan',
  'pada',
  'atas',
  'oleh',
]);

/** "Peminjaman ruangan Pontive Center" → "Peminjaman Ruangan Pontive Center" for a letter's Hal. */
export function titleCase(text: string): string {
  return text
    .split(/(\s+|\/)/)
    .map((word, i) => {
      if (/^\s+$|^\/$/.test(word) || word === '') return word;
      if (i > 0 && SMALL_WORDS.has(word.toLowerCase())) return word.toLowerCase();
      return word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join('');
}

/** The type's name in the letter's language, without a leading "Permohonan" the letter already says. */
function typeName(record: RequestRecord, c: RequestDocumentContext): string {
  const type = requestTypeOf(record, c.requestSettings);
  const name = type ? type.name[c.lang] : record.intake.typeId;
  return c.lang === 'id' ? name.replace(/^permohonan\s+/i, '') : name;
}

/** The name inside a sentence: "peminjaman ruangan Pontive Center" (proper names keep their capitals). */
const inSentence = (name: string, lang: DocLang) =>
  lang === 'id' ? name.charAt(0).toLowerCase() + name.slice(1) : name;

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmmOf = (m: number) => {
  const day = ((m % 1440) + 1440) % 1440;
  return `${String(Math.floor(day / 60)).padStart(2, '0')}:${String(day % 60).padStart(2, '0')}`;
};

/** The slot the requester asked for, when the intake names one whole. */
function requestedSlot(record: RequestRecord): Slot | null {
  const e = record.intake.event;
  if (!e.roomId || !e.day || !e.start || !e.end) return null;
  return { roomId: e.roomId, day: e.day, start: e.start, end: e.end };
}

/** "Menindaklanjuti surat Saudara nomor … tanggal … perihal …" as far as the letter is known. */
function opening(record: RequestRecord, c: RequestDocumentContext, w: RequestWords): string {
  const { letter, subject } = record.intake;
  const about = subject || inSentence(typeName(record, c), c.lang);
  if (letter.number)
    return w.openingLetter(
      letter.number,
      letter.date ? formatLongDate(letter.date, c.timeZone, c.lang) : null,
      about,
    );
  return w.openingNoLetter(formatLongDate(letter.receivedOn ?? record.enteredAt, c.timeZone, c.lang), about);
}

function scheduleFacts(
  record: RequestRecord,
  slot: Slot,
  type: RequestType | null,
  c: RequestDocumentContext,
  w: RequestWords,
): LetterBlock {
  const e = record.intake.event;
  const rows: [string, string][] = [
    [w.dayLabel, formatLongDateWithDay(slot.day, c.timeZone, c.lang)],
    [w.timeLabel, timeRange(slot.start, slot.end, c.timeZone, c.lang)],
    [w.placeLabel, roomName(slot.roomId, c.requestSettings)],
  ];
  if (e.participants !== null)
    rows.push([w.participantsLabel, w.participants(formatNumber(e.participants, 0, c.lang))]);
  if (e.layout) rows.push([w.layoutLabel, e.layout]);
  if (e.equipment.length > 0) rows.push([w.equipmentLabel, e.equipment.join(', ')]);
  if (e.application) rows.push([w.applicationLabel, e.application]);
  if (type?.connectionTest && e.connectionTest)
    rows.push([w.connectionTestLabel, connectionTestText(e.connectionTest, c, w)]);
  return { kind: 'facts', rows };
}

const connectionTestText = (t: { day: string; time: string }, c: RequestDocumentContext, w: RequestWords) =>
  w.at(formatLongDateWithDay(t.day, c.timeZone, c.lang), timeRange(t.time, null, c.timeZone, c.lang));

/** The preparation the notice tells the requester of: the room's time, the connection test, no buffet, the QR. */
function preparation(
  record: RequestRecord,
  slot: Slot,
  type: RequestType | null,
  c: RequestDocumentContext,
  w: RequestWords,
): LetterBlock[] {
  const items: string[] = [];
  if (type && type.prepareMinutes > 0)
    items.push(
      w.roomReady(
        type.prepareMinutes,
        timeRange(hhmmOf(minutesOf(slot.start) - type.prepareMinutes), null, c.timeZone, c.lang),
      ),
    );
  if (type?.connectionTest) {
    const t = record.intake.event.connectionTest;
    items.push(t ? w.connectionTestAt(connectionTestText(t, c, w)) : w.connectionTestLater);
  }
  if (type?.requireNoBuffet) items.push(w.noBuffet);
  if (items.length === 0) return [];
  return [
    { kind: 'paragraph', text: w.preparationLead },
    { kind: 'list', items },
  ];
}

function letterBody(
  kind: LetterKind,
  record: RequestRecord,
  letter: IssuedLetter,
  c: RequestDocumentContext,
): LetterBlock[] {
  const w = requestWords[c.lang];
  const type = requestTypeOf(record, c.requestSettings);
  const open = opening(record, c, w);
  const isRoom = record.kind === 'room';
  switch (kind) {
    case 'reply_rejected': {
      const reason = record.decision?.reason.trim() ?? '';
      const body: LetterBlock[] = reason
        ? [
            { kind: 'paragraph', text: `${open}${w.rejected}` },
            { kind: 'quote', text: reason },
          ]
        : [{ kind: 'paragraph', text: `${open}${w.rejectedNoReason}` }];
      body.push({ kind: 'paragraph', text: isRoom ? w.rejectedAgainRoom : w.rejectedAgainApplication });
      return body;
    }
    case 'reply_accepted': {
      if (isRoom) return [{ kind: 'paragraph', text: `${open}${w.acceptedRoom}` } as const];
      const year = record.decision?.rkaYear ?? Number(formatYear(letter.issuedAt, c.timeZone)) + 1;
      const body: LetterBlock[] = [
        { kind: 'paragraph', text: `${open}${w.acceptedApplication(c.identity.officeName, year)}` },
      ];
      const analysis = [record.decision?.analysis.trim(), record.decision?.discussion.trim()].filter(
        (t): t is string => !!t,
      );
      if (analysis.length > 0)
        body.push(
          { kind: 'paragraph', text: w.analysisLead },
          ...analysis.map((text): LetterBlock => ({ kind: 'quote', text })),
        );
      body.push({ kind: 'paragraph', text: w.acceptedNext });
      return body;
    }
    case 'schedule_notice': {
      const slot = record.schedule?.slot ?? requestedSlot(record);
      if (!slot) throw new RangeError(`Request ${record.id} has no slot to give notice of`);
      return [
        { kind: 'paragraph', text: `${open}${w.scheduled(inSentence(typeName(record, c), c.lang))}` },
        scheduleFacts(record, slot, type, c, w),
        ...preparation(record, slot, type, c, w),
      ];
    }
    case 'reschedule_notice': {
      const slot = record.schedule?.slot;
      if (!slot) throw new RangeError(`Request ${record.id} has no agreed slot to give notice of`);
      // The slot as asked, as far as it was given (a start without an end, no room).
      const e = record.intake.event;
      const askedText = e.day
        ? w.slotText(
            formatLongDateWithDay(e.day, c.timeZone, c.lang),
            e.start ? timeRange(e.start, e.end, c.timeZone, c.lang) : null,
            e.roomId ? roomName(e.roomId, c.requestSettings) : null,
          )
        : null;
      return [
        { kind: 'paragraph', text: `${open}${w.rescheduled(askedText)}` },
        scheduleFacts(record, slot, type, c, w),
        ...preparation(record, slot, type, c, w),
      ];
    }
  }
}

const formatYear = (at: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone }).format(at);

/** A letter about a request, as its layout takes it (renderLetterPdf in shared/documents/letterPdf.ts). */
export function requestLetterDocument(
  kind: LetterKind,
  record: RequestRecord,
  letter: IssuedLetter,
  c: RequestDocumentContext,
): LetterDocumentInput {
  const w = requestWords[c.lang];
  const office = record.intake.office.trim();
  const addressee = [office ? w.addressee(office) : w.noOffice];
  if (record.intake.contactName) addressee.push(w.attention(record.intake.contactName));
  if (w.place) addressee.push(w.place);
  const name = typeName(record, c);
  return {
    lang: c.lang,
    identity: c.identity,
    settings: c.settings,
    madeAt: letter.issuedAt,
    timeZone: c.timeZone,
    number: letter.number,
    nature: w.nature,
    attachment: w.noAttachment,
    subject: w.subjectOf[kind](c.lang === 'id' ? titleCase(name) : name),
    addressee,
    body: letterBody(kind, record, letter, c),
    closing: w.closing,
    signer: {
      title: letter.officer.title ?? c.settings.preparerTitle,
      name: letter.officer.name,
      nip: letter.officer.nip,
    },
    copies: c.copies ?? [],
    // A notice carries the event's attendance QR: the requester passes it on to the participants.
    ...(kind === 'schedule_notice' || kind === 'reschedule_notice'
      ? { qr: { text: attendanceQrText(record.attendanceToken), caption: w.qrCaption(record.reference) } }
      : {}),
  };
}

/** The letter as PDF bytes; the same record, letter and settings give the same bytes. */
export function renderRequestLetterPdf(
  kind: LetterKind,
  record: RequestRecord,
  letter: IssuedLetter,
  c: RequestDocumentContext,
): Promise<Uint8Array> {
  return renderLetterPdf(requestLetterDocument(kind, record, letter, c));
}

/**
 * The lembar disposisi of the request's incoming letter (indonesian-services.md §7): the letter's
 * particulars in boxes, then one row per step of the chain with what was recorded (the instruction,
 * who, when), or room to write it by hand. Dated at the last thing recorded, so a reprint of the same
 * record is the same file; `madeAt` overrides it (the moment it is printed).
 */
export function dispositionSheetDocument(
  record: RequestRecord,
  chain: readonly ChainStep[],
  c: RequestDocumentContext & { readonly madeAt?: number },
): FormSheetInput {
  const w = requestWords[c.lang];
  const { letter } = record.intake;
  const day = (d: string | number | null) => (d === null ? '' : formatLongDate(d, c.timeZone, c.lang));
  const at = (t: number) => formatPrintTime(t, c.timeZone, c.lang);
  const entryOf = new Map(record.steps.map((s) => [s.stepId, s]));
  const known = new Set(chain.map((s) => s.id));
  // Steps recorded under a chain since changed in the settings still print, after the chain's own.
  const extra = record.steps.filter((s) => !known.has(s.stepId));
  const done = chain.length > 0 && chain.every((s) => entryOf.has(s.id));
  const lastStep = Math.max(0, ...record.steps.map((s) => s.at));
  const rows = [
    ...chain.map((step, i) => {
      const e = entryOf.get(step.id);
      return [String(i + 1), step.title, e?.note ?? '', e?.officer.name ?? '', e ? at(e.at) : ''];
    }),
    ...extra.map((e, i) => [String(chain.length + i + 1), e.stepId, e.note, e.officer.name, at(e.at)]),
  ];
  const type = requestTypeOf(record, c.requestSettings);
  return {
    lang: c.lang,
    identity: c.identity,
    settings: c.settings,
    madeAt: c.madeAt ?? Math.max(record.enteredAt, lastStep),
    timeZone: c.timeZone,
    title: w.dispositionTitle,
    grid: [
      [
        { label: w.index, value: type ? type.name[c.lang] : record.intake.typeId },
        { label: w.code, value: c.requestSettings.numbering.code },
        { label: w.agendaNumber, value: letter.agendaNumber },
        { label: w.completedOn, value: done ? day(lastStep) : '' },
      ],
      [{ label: w.summary, value: record.intake.subject }],
      [
        { label: w.from, value: record.intake.office },
        { label: w.date, value: day(letter.date) },
        { label: w.number, value: letter.number },
        { label: w.attachments, value: letter.file ? w.oneFile : '-' },
      ],
      [
        { label: w.receivedOn, value: day(letter.receivedOn ?? record.enteredAt) },
        { label: w.receivedVia, value: w.via[letter.via] },
        { label: w.natureLabel, value: w.nature },
        { label: w.reference, value: record.reference },
      ],
    ],
    table: {
      columns: [
        { title: w.stepNo, width: 24 },
        { title: w.forwardedTo, width: 108 },
        { title: w.instruction, width: '*' },
        { title: w.by, width: 88 },
        { title: w.when, width: 92 },
      ],
      rows,
    },
  };
}

/** The disposition sheet as PDF bytes. */
export function renderDispositionSheetPdf(
  record: RequestRecord,
  chain: readonly ChainStep[],
  c: RequestDocumentContext & { readonly madeAt?: number },
): Promise<Uint8Array> {
  return renderFormSheetPdf(dispositionSheetDocument(record, chain, c));
}
