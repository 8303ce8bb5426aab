// A PDF as a reader sees it, for tests and the e2e: every page as a PNG (pdftoppm at 80 dpi, to
// look at) and the text in reading layout (pdftotext -layout, to assert on). poppler-utils is
// installed in CI (.ci/run) and on the dev machine.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function withPdfFile<T>(pdf: Buffer, use: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'loket-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    await writeFile(file, pdf);
    return await use(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Renders every page to `${outDir}/${prefix}-N.png` (N from 1, zero-padded by pdftoppm) and returns the paths in page order. */
export async function pdfToPngs(pdf: Buffer, outDir: string, prefix: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  // Pages from an earlier run with more pages would otherwise be left behind.
  for (const f of await readdir(outDir))
    if (f.startsWith(`${prefix}-`) && f.endsWith('.png')) await rm(join(outDir, f), { force: true });
  await withPdfFile(pdf, (file) => run('pdftoppm', ['-r', '80', '-png', file, join(outDir, prefix)]));
  return (await readdir(outDir))
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'))
    .sort((a, b) => pageOf(a) - pageOf(b))
    .map((f) => join(outDir, f));
}

const pageOf = (file: string) => Number(/-(\d+)\.png$/.exec(file)?.[1] ?? 0);

/** The text of every page in reading layout; pages separated by a form feed (\f). */
export async function pdfText(pdf: Buffer): Promise<string> {
  return withPdfFile(pdf, async (file) => {
    const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  });
}
