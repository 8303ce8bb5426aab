// Symbology names from the two identifiers scanners prepend: the AIM identifier (ISO/IEC 15424,
// "]" + code character + modifier, e.g. "]Q1") and the vendor's one-character code id. Names follow
// the ones @point-of-sale/webhid-barcode-scanner uses, so logs read the same across tools.
// Pure: no Node APIs, the renderer may import it.

/** AIM code character → symbology (ISO/IEC 15424 table; the modifier refines a few). */
const aimSymbologies: Readonly<Record<string, string>> = {
  A: 'code39',
  C: 'code128',
  d: 'data-matrix',
  E: 'ean-upc',
  e: 'gs1-databar',
  F: 'codabar',
  G: 'code93',
  H: 'code11',
  I: 'interleaved-2-of-5',
  L: 'pdf417',
  M: 'msi',
  Q: 'qr-code',
  R: 'straight-2-of-5',
  S: 'straight-2-of-5',
  U: 'maxicode',
  z: 'aztec-code',
};

/** Exact AIM ids whose modifier changes the name. */
const aimExact: Readonly<Record<string, string>> = {
  ']C1': 'gs1-128',
  ']E0': 'ean13',
  ']E4': 'ean8',
  ']d2': 'gs1-data-matrix',
  ']Q3': 'gs1-qr-code',
};

export function symbologyFromAim(aim: string | undefined): string | undefined {
  if (aim === undefined || aim.length !== 3 || aim[0] !== ']') return undefined;
  return aimExact[aim] ?? aimSymbologies[aim[1] ?? ''];
}

/**
 * Honeywell "Code ID" characters (Honeywell Voyager/Xenon user guides, Symbology Charts; the same
 * table WebHidBarcodeScanner src/main.js maps). Access-IS readers send the same ids.
 */
export const honeywellCodeIds: Readonly<Record<string, string>> = {
  a: 'codabar',
  b: 'code39',
  c: 'upca',
  d: 'ean13',
  D: 'ean8',
  E: 'upce',
  e: 'interleaved-2-of-5',
  f: 'straight-2-of-5',
  g: 'msi',
  h: 'code11',
  i: 'code93',
  I: 'gs1-128',
  j: 'code128',
  m: 'matrix-2-of-5',
  r: 'pdf417',
  R: 'pdf417-micro',
  s: 'qr-code',
  w: 'data-matrix',
  x: 'maxicode',
  y: 'gs1-databar',
  z: 'aztec-code',
};

/**
 * Newland default Code IDs (NLS user guides, "Code ID" appendix). They are user-programmable on
 * the scanner, so an unknown id simply yields no symbology; the AIM id (if enabled) still works.
 */
export const newlandCodeIds: Readonly<Record<string, string>> = {
  a: 'codabar',
  b: 'code39',
  c: 'upca',
  d: 'ean13',
  g: 'ean8',
  h: 'upce',
  j: 'code128',
  Q: 'qr-code',
  r: 'pdf417',
  u: 'data-matrix',
};

const aimPattern = /^\][A-Za-z][0-9A-Za-z]$/;

export function isAimId(s: string): boolean {
  return aimPattern.test(s);
}

/**
 * Splits an AIM prefix off the front of a payload that carries it in-band (serial scanners with
 * "transmit AIM id" on). Byte-based so it never decodes partial UTF-8.
 */
export function splitAimPrefix(bytes: Uint8Array): { aim?: string; body: Uint8Array } {
  if (bytes.length < 3 || bytes[0] !== 0x5d) return { body: bytes };
  const aim = String.fromCharCode(bytes[0], bytes[1] ?? 0, bytes[2] ?? 0);
  return isAimId(aim) ? { aim, body: bytes.subarray(3) } : { body: bytes };
}
