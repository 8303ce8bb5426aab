// exceljs packs a workbook with JSZip, which stamps every file in the archive with the moment it was
// added: the same workbook made twice differs in those stamps. This sets every stamp (the local
// headers' and the central directory's MS-DOS date and time) to one given moment, so the bytes
// depend on the input alone. The archive is otherwise left exactly as it is (CRCs do not cover dates).

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/** The MS-DOS date and time of an instant, read in UTC (the stamp has no zone; UTC keeps it stable). */
function dosStamp(at: number): { date: number; time: number } {
  const d = new Date(at);
  const year = Math.min(2107, Math.max(1980, d.getUTCFullYear()));
  return {
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
  };
}

/** Sets every file's stamp in a zip archive to `at`, in place; returns the same buffer. */
export function stampZip(zip: Uint8Array, at: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // The end-of-central-directory record: the last 22 bytes unless the archive has a comment.
  let end = -1;
  for (let i = zip.byteLength - 22; i >= Math.max(0, zip.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('not a zip archive');
  const entries = view.getUint16(end + 10, true);
  let at0 = view.getUint32(end + 16, true);
  const { date, time } = dosStamp(at);
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(at0, true) !== CENTRAL) throw new Error('damaged zip central directory');
    view.setUint16(at0 + 12, time, true);
    view.setUint16(at0 + 14, date, true);
    const local = view.getUint32(at0 + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error('damaged zip local header');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    const nameLength = view.getUint16(at0 + 28, true);
    const extraLength = view.getUint16(at0 + 30, true);
    const commentLength = view.getUint16(at0 + 32, true);
    at0 += 46 + nameLength + extraLength + commentLength;
  }
  return zip;
}
