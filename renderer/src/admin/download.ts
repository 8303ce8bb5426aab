/**
 * Hands a file the core made (an audit CSV, a visitor's data) to the browser as a download: no
 * server round trip, nothing written to the page. Works the same in Electron and the loopback host.
 */
export function downloadFile(filename: string, mime: string, content: BlobPart): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it started; the page's handle goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file the core made as base64 (a report's PDF, a workbook, a sheet of labels). */
export function downloadBase64(file: { filename: string; mime: string; contentBase64: string }): void {
  downloadFile(
    file.filename,
    file.mime,
    Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0)),
  );
}
