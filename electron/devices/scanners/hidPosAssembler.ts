// Reassembles HID POS barcode reports (usage page 0x8C, report id 0x02) into whole codes.
// Pure and table-driven: a profile says where length, AIM id, data, vendor code id and the
// continuation flag sit, so a new vendor is a new table row, not new code (devices.md §1.2).
//
// Honeywell / Access-IS layout, 64 bytes with the report id at byte 0 as hidapi delivers it:
//   0 report id 0x02 | 1 data length (≤ 56, AIM not counted) | 2-4 AIM id, repeated each packet
//   5-60 data | 61 vendor code id | 62 reserved | 63 bit0 = more packets follow
// Sources: Access-IS LSR116/118 and ATR110 manuals (60-byte code split 56 + 4), Honeywell Voyager
// 1602g captures (HenkVanAsselt/python_hon_usbhid), NielsLeenheer/WebHidBarcodeScanner.
// Newland FM430: 0 id | 1 length | 2-57 data | 58-61 reserved | 62 Newland code id, no AIM.
import { hidPosProfileNames, type HidPosProfileName } from '../../../shared/devices/scannerConfig';
import { honeywellCodeIds, newlandCodeIds, symbologyFromAim } from '../../../shared/scanning/symbology';

export const hidPosReportId = 0x02;
export const hidPosMaxDataLength = 56;

export { hidPosProfileNames, type HidPosProfileName };

export interface HidPosProfile {
  readonly name: HidPosProfileName;
  /** Byte offsets in a report that starts with its report id. `null` = not present. */
  readonly lengthAt: number;
  readonly aimAt: number | null;
  readonly dataAt: number;
  readonly codeIdAt: number | null;
  readonly continuationAt: number | null;
  readonly codeIds: Readonly<Record<string, string>>;
}

const honeywellLayout = {
  lengthAt: 1,
  aimAt: 2,
  dataAt: 5,
  codeIdAt: 61,
  continuationAt: 63,
} as const;

export const hidPosProfiles: Readonly<Record<HidPosProfileName, HidPosProfile>> = {
  honeywell: { name: 'honeywell', ...honeywellLayout, codeIds: honeywellCodeIds },
  'access-is': { name: 'access-is', ...honeywellLayout, codeIds: honeywellCodeIds },
  // The FM430 table lists no continuation byte; byte 63 is unused (zero) in its single reports, so
  // reading it as the flag is harmless and joins multi-packet codes if a firmware sets it.
  newland: {
    name: 'newland',
    lengthAt: 1,
    aimAt: null,
    dataAt: 2,
    codeIdAt: 62,
    continuationAt: 63,
    codeIds: newlandCodeIds,
  },
  // Unknown vendor following the de facto layout: trust only the AIM id for the symbology.
  generic: { name: 'generic', ...honeywellLayout, codeIds: {} },
};

/** USB vendor ids → profile, for `profile: 'auto'`. */
export const hidPosVendorProfiles: Readonly<Record<number, HidPosProfileName>> = {
  0x0c2e: 'honeywell', // Honeywell (Metrologic / Hand Held Products)
  0x0db5: 'access-is', // Access IS
  0x1eab: 'newland', // Newland (FM430 0x1eab:0x1d10)
};

export function profileForVendor(vendorId: number | undefined): HidPosProfileName {
  return (vendorId !== undefined ? hidPosVendorProfiles[vendorId] : undefined) ?? 'generic';
}

export interface HidPosAssemblerOptions {
  readonly profile: HidPosProfileName;
  /**
   * Some stacks strip the report id and hand over 63 bytes. When set, a 63-byte report is read as
   * report 0x02 with every offset shifted by one (devices.md §1.2: "tolerate behind a flag").
   */
  readonly allowMissingReportId?: boolean;
  /** A multi-packet code whose next packet does not arrive within this time is dropped. */
  readonly sequenceTimeoutMs?: number;
  /** Guard against a stuck continuation bit: drop a code that grows past this. */
  readonly maxCodeBytes?: number;
}

export interface HidPosCode {
  readonly type: 'code';
  /** Payload, AIM stripped. */
  readonly bytes: Uint8Array;
  readonly text: string;
  readonly aim?: string;
  readonly codeId?: string;
  readonly symbology?: string;
  readonly packets: number;
}

export interface HidPosDiscarded {
  readonly type: 'discarded';
  readonly reason: 'timeout' | 'too-long';
  readonly bytes: Uint8Array;
  readonly packets: number;
}

export type HidPosOutput = HidPosCode | HidPosDiscarded;

interface Pending {
  chunks: Uint8Array[];
  size: number;
  aim: string | undefined;
  codeId: string | undefined;
  lastAt: number;
}

const utf8 = new TextDecoder('utf-8');

function asciiAt(report: Uint8Array, at: number | null, length: number): string | undefined {
  if (at === null || at + length > report.length) return undefined;
  let s = '';
  for (let i = at; i < at + length; i++) {
    const b = report[i] ?? 0;
    if (b < 0x21 || b > 0x7e) return undefined; // zero padding or junk: "not sent"
    s += String.fromCharCode(b);
  }
  return s;
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Decoded text as the scan event carries it: trailing CR/LF removed (scanners often add one). */
export function payloadText(bytes: Uint8Array): string {
  return utf8.decode(bytes).replace(/[\r\n]+$/, '');
}

export class HidPosAssembler {
  readonly profile: HidPosProfile;
  readonly sequenceTimeoutMs: number;
  #pending: Pending | undefined;

  constructor(private readonly options: HidPosAssemblerOptions) {
    this.profile = hidPosProfiles[options.profile];
    this.sequenceTimeoutMs = options.sequenceTimeoutMs ?? 500;
  }

  /** True while the first packets of a multi-packet code wait for the rest. */
  get pending(): boolean {
    return this.#pending !== undefined;
  }

  /** When `expire` should next be called, or null when nothing waits. */
  deadline(): number | null {
    return this.#pending ? this.#pending.lastAt + this.sequenceTimeoutMs : null;
  }

  /** Drops a sequence whose next packet never came (truncated read, unplug mid-code). */
  expire(now: number): HidPosOutput[] {
    const p = this.#pending;
    if (!p || now - p.lastAt < this.sequenceTimeoutMs) return [];
    return [this.#discard('timeout')];
  }

  /** Forget any partial code (device closed). */
  reset(): void {
    this.#pending = undefined;
  }

  push(input: Uint8Array, now: number): HidPosOutput[] {
    const out = this.expire(now);
    const report = this.#normalise(input);
    if (!report || report[0] !== hidPosReportId) return out; // other reports (status, keyboard): not ours
    const { profile } = this;

    const declared = report[profile.lengthAt] ?? 0;
    // A length above 56 is a firmware bug or a corrupted read: clamp rather than read the trailer.
    const length = Math.max(0, Math.min(declared, hidPosMaxDataLength, report.length - profile.dataAt));
    const data = report.slice(profile.dataAt, profile.dataAt + length);
    const aim = asciiAt(report, profile.aimAt, 3);
    const codeId = asciiAt(report, profile.codeIdAt, 1);
    const more = profile.continuationAt !== null && ((report[profile.continuationAt] ?? 0) & 0x01) === 0x01;

    const p: Pending = this.#pending ?? { chunks: [], size: 0, aim, codeId, lastAt: now };
    p.chunks.push(data);
    p.size += data.length;
    p.lastAt = now;
    p.aim ??= aim;
    p.codeId ??= codeId;
    this.#pending = p;

    if (p.size > (this.options.maxCodeBytes ?? 8192)) {
      out.push(this.#discard('too-long'));
      return out;
    }
    if (more) return out;

    this.#pending = undefined;
    if (p.size === 0) return out;
    const bytes = concat(p.chunks, p.size);
    const symbology =
      (p.codeId !== undefined ? profile.codeIds[p.codeId] : undefined) ?? symbologyFromAim(p.aim);
    out.push({
      type: 'code',
      bytes,
      text: payloadText(bytes),
      packets: p.chunks.length,
      ...(p.aim !== undefined ? { aim: p.aim } : {}),
      ...(p.codeId !== undefined ? { codeId: p.codeId } : {}),
      ...(symbology !== undefined ? { symbology } : {}),
    });
    return out;
  }

  #normalise(report: Uint8Array): Uint8Array | undefined {
    if (report.length === 63 && this.options.allowMissingReportId) {
      const withId = new Uint8Array(64);
      withId[0] = hidPosReportId;
      withId.set(report, 1);
      return withId;
    }
    return report.length > 0 ? report : undefined;
  }

  #discard(reason: HidPosDiscarded['reason']): HidPosDiscarded {
    const p = this.#pending;
    this.#pending = undefined;
    return {
      type: 'discarded',
      reason,
      bytes: p ? concat(p.chunks, p.size) : new Uint8Array(0),
      packets: p?.chunks.length ?? 0,
    };
  }
}
