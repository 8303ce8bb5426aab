// Checking an upload: empty and oversize files and non-letters are named by their message key; a
// letter gets its SHA-256, its type from the content and a display name that cannot be a path,
// hide characters, or claim another type.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  MAX_LETTER_BYTES,
  checkLetterFile,
  letterErrorKeys,
  letterFileErrorsEn,
  letterFileErrorsId,
  letterFileRefSchema,
  sanitiseLetterName,
} from '../../../shared/files';
import { samplePdf, samplePng, sampleJpeg } from '../../support/letterSamples';

const nodeSha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('checkLetterFile', () => {
  it('describes a PDF letter: its hash, type, size and name', async () => {
    const pdf = samplePdf();
    const check = await checkLetterFile(pdf, 'Surat Undangan.pdf');
    expect(check).toEqual({
      ok: true,
      sha256: nodeSha(pdf),
      mime: 'application/pdf',
      size: pdf.length,
      name: 'Surat Undangan.pdf',
    });
    if (check.ok) {
      const { ok: _ok, ...ref } = check;
      expect(letterFileRefSchema.parse(ref)).toEqual(ref);
    }
  });

  it('hashes a Node Buffer slice of a shared pool by its own bytes only', async () => {
    const png = samplePng();
    const pooled = Buffer.from(png); // small Buffers share one larger ArrayBuffer
    const check = await checkLetterFile(pooled, 'scan.png');
    expect(check.ok && check.sha256).toBe(nodeSha(png));
  });

  it('refuses an empty file, an oversize one and one that is not a letter, by message key', async () => {
    expect(await checkLetterFile(new Uint8Array(0), 'a.pdf')).toEqual({
      ok: false,
      messageKey: 'errors.files.empty',
    });
    const big = new Uint8Array(MAX_LETTER_BYTES + 1);
    big.set(samplePdf());
    expect(await checkLetterFile(big, 'a.pdf')).toEqual({ ok: false, messageKey: 'errors.files.tooLarge' });
    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    expect(await checkLetterFile(html, 'surat.pdf')).toEqual({
      ok: false,
      messageKey: 'errors.files.notALetter',
    });
  });

  it('accepts a letter of exactly the limit', async () => {
    const pdf = samplePdf();
    const exact = new Uint8Array(MAX_LETTER_BYTES);
    exact.fill(0x20);
    exact.set(pdf.slice(0, pdf.length - 6));
    exact.set(new TextEncoder().encode('%%EOF\n'), MAX_LETTER_BYTES - 6);
    const check = await checkLetterFile(exact, 'besar.pdf');
    expect(check.ok && check.size).toBe(MAX_LETTER_BYTES);
  });
});

describe('the display name', () => {
  it('drops every path part, Windows or POSIX, and leading dots', () => {
    expect(sanitiseLetterName('C:\\Users\\rina\\Desktop\\surat.pdf', 'application/pdf')).toBe('surat.pdf');
    expect(sanitiseLetterName('../../etc/passwd', 'application/pdf')).toBe('passwd.pdf');
    expect(sanitiseLetterName('..', 'image/png')).toBe('surat.png');
    expect(sanitiseLetterName('dir/', 'image/png')).toBe('dir.png');
    expect(sanitiseLetterName('.hidden.pdf', 'application/pdf')).toBe('hidden.pdf');
  });

  it('strips control and direction-changing characters and Windows-reserved ones', () => {
    expect(sanitiseLetterName('sur\u0000at\u0007\n.pdf', 'application/pdf')).toBe('surat.pdf');
    expect(sanitiseLetterName('surat\u202Efdp.exe', 'application/pdf')).toBe('suratfdp.exe.pdf');
    expect(sanitiseLetterName('a<b>:c"d|e?f*.png', 'image/png')).toBe('a_b__c_d_e_f_.png');
  });

  it('gives the extension of the content, whatever the name claimed', () => {
    expect(sanitiseLetterName('foto.pdf', 'image/jpeg')).toBe('foto.jpg');
    expect(sanitiseLetterName('scan.JPEG', 'image/jpeg')).toBe('scan.jpg');
    expect(sanitiseLetterName('surat.html', 'application/pdf')).toBe('surat.html.pdf');
    expect(sanitiseLetterName('', 'image/png')).toBe('surat.png');
    expect(sanitiseLetterName('   ', 'application/pdf')).toBe('surat.pdf');
  });

  it('is at most 120 characters, never cutting an emoji in half', () => {
    const long = sanitiseLetterName(`${'a'.repeat(115)}📄📄📄.pdf`, 'application/pdf');
    expect(long.length).toBeLessThanOrEqual(120);
    expect(long).toBe(`${'a'.repeat(115)}.pdf`);
    const emoji = sanitiseLetterName(`${'📄'.repeat(100)}.png`, 'image/png');
    expect(emoji.length).toBeLessThanOrEqual(120);
    expect(emoji).toBe(`${'📄'.repeat(58)}.png`);
    expect(letterFileRefSchema.shape.name.safeParse(emoji).success).toBe(true);
  });

  it('keeps what a jpeg letter was called when its content is one', async () => {
    const check = await checkLetterFile(sampleJpeg(), 'Undangan Rapat 12-2026.jpeg');
    expect(check.ok && check.name).toBe('Undangan Rapat 12-2026.jpg');
  });
});

describe('the messages', () => {
  it('has a message in both languages for every key a refused letter can get', () => {
    for (const key of letterErrorKeys) {
      const short = key.replace('errors.files.', '') as keyof typeof letterFileErrorsId;
      expect(letterFileErrorsId[short], key).toMatch(/\S/);
      expect(letterFileErrorsEn[short], key).toMatch(/\S/);
    }
    expect(letterFileErrorsId.tooLarge).toContain('5 MB');
  });
});
