// A letter's type comes from its bytes: real minimal PDF, PNG and JPEG files are recognised, and
// renamed HTML, SVG, scripts and files cut off part-way are not letters at all.
import { describe, expect, it } from 'vitest';
import { sniffLetterType } from '../../../shared/files';
import { samplePdf, samplePng, sampleJpeg, withTrailer } from '../../support/letterSamples';

const text = (s: string) => new TextEncoder().encode(s);

describe('sniffLetterType', () => {
  it('knows a complete PDF, PNG and JPEG by their content', () => {
    expect(sniffLetterType(samplePdf())).toBe('application/pdf');
    expect(sniffLetterType(samplePng())).toBe('image/png');
    expect(sniffLetterType(sampleJpeg())).toBe('image/jpeg');
  });

  it('accepts the few bytes writers leave after the end marker', () => {
    expect(sniffLetterType(withTrailer(samplePdf(), '\r\n\n'))).toBe('application/pdf');
    expect(sniffLetterType(withTrailer(sampleJpeg(), '\0\0\0\0'))).toBe('image/jpeg');
  });

  it('refuses HTML, SVG and script named as a PDF, even one that mentions %PDF and %%EOF', () => {
    const disguised = [
      '<!doctype html><html><body><script>alert(1)</script></body></html>',
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>',
      '<html>%PDF-1.4 … %%EOF</html>',
      ' %PDF-1.4\n%%EOF',
      '#!/bin/sh\nrm -rf /\n',
      '%PDF-x.y\n%%EOF\n',
    ];
    for (const body of disguised) expect(sniffLetterType(text(body)), body).toBeNull();
  });

  it('refuses a PDF cut off before its end, and one whose %%EOF is not near the end', () => {
    const pdf = samplePdf();
    expect(sniffLetterType(pdf.slice(0, pdf.length - 8))).toBeNull();
    expect(sniffLetterType(pdf.slice(0, Math.floor(pdf.length / 2)))).toBeNull();
    expect(sniffLetterType(withTrailer(pdf, 'x'.repeat(2000)))).toBeNull();
  });

  it('refuses a PNG or JPEG cut off part-way, and bare signatures', () => {
    const png = samplePng();
    const jpeg = sampleJpeg();
    expect(sniffLetterType(png.slice(0, png.length - 1))).toBeNull();
    expect(sniffLetterType(png.slice(0, 8))).toBeNull();
    expect(sniffLetterType(jpeg.slice(0, jpeg.length - 2))).toBeNull();
    expect(sniffLetterType(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).toBeNull();
    expect(sniffLetterType(text('%PDF-1.7'))).toBeNull();
  });

  it('says nothing is a letter when there are no bytes', () => {
    expect(sniffLetterType(new Uint8Array(0))).toBeNull();
  });
});
