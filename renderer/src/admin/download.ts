/**
 * Hands a file the core made (an audit CSV, a visitor's data) to the browser as a download: no
 * server round trip, nothing written to the page. Works the same in Electron and the loopback host.
 */
export function downloadFile(filename: string, mime: string, content: string): void {
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
