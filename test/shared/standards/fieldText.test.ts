// A field as the officer edits it and back: saving the decree's text unchanged shows exactly what
// the decree showed, for every field of every service in both languages; what an officer types is
// cleaned and bounded; a corrected procedure and channel list read as the screens need them.
import { describe, expect, it } from 'vitest';
import { entryFields } from '../../../shared/serviceStandards/catalogue';
import { sourceDate } from '../../../shared/serviceStandards/catalogue';
import { channelHref } from '../../../shared/serviceStandards/channels';
import {
  checkCorrectionText,
  correctionLimits,
  fieldAsText,
  fieldFromText,
} from '../../../shared/serviceStandards/fieldText';
import { costLine, localiseEntry, readsFree } from '../../../shared/serviceStandards/localise';
import { shippedCatalogue } from '../../../shared/serviceStandards/shippedCatalogue';

describe('the decree’s text saved unchanged', () => {
  it('shows what the decree showed, for every field, service and language', () => {
    for (const entry of shippedCatalogue.entries) {
      for (const lang of ['id', 'en'] as const) {
        const shipped = localiseEntry(entry, lang, []);
        for (const field of entryFields) {
          const checked = checkCorrectionText(field, fieldAsText(entry, field, lang));
          expect(checked.ok, `${entry.serviceId}.${field}.${lang}`).toBe(true);
          if (!checked.ok) continue;
          const again = localiseEntry(entry, lang, [
            { serviceId: entry.serviceId, field, lang, text: checked.text },
          ]);
          expect(again[field], `${entry.serviceId}.${field}.${lang}`).toEqual(shipped[field]);
          expect(again.corrected).toEqual([field]);
        }
      }
    }
  });
});

describe('checkCorrectionText', () => {
  it('cleans each line, drops empty ones, and keeps a text field on one line', () => {
    expect(checkCorrectionText('requirements', '  Surat  permohonan \r\n\r\n\tKTP\u200B asli  ')).toEqual({
      ok: true,
      text: 'Surat permohonan\nKTP asli',
    });
    expect(checkCorrectionText('product', 'Layanan\nhosting')).toEqual({ ok: true, text: 'Layanan hosting' });
  });

  it('refuses nothing to show, too much, and a procedure with titles but no step', () => {
    expect(checkCorrectionText('facilities', '\n \n')).toEqual({
      ok: false,
      messageKey: 'errors.standards.textRequired',
    });
    expect(checkCorrectionText('product', 'x'.repeat(correctionLimits.textChars + 1))).toMatchObject({
      messageKey: 'errors.standards.tooLong',
    });
    expect(checkCorrectionText('legalBasis', 'x'.repeat(correctionLimits.lineChars + 1))).toMatchObject({
      messageKey: 'errors.standards.lineTooLong',
    });
    expect(checkCorrectionText('procedure', '# Daring\n# Luring')).toMatchObject({
      messageKey: 'errors.standards.stepsRequired',
    });
    // Exactly at the limits it is taken.
    expect(checkCorrectionText('product', 'x'.repeat(correctionLimits.textChars)).ok).toBe(true);
    expect(checkCorrectionText('legalBasis', Array(correctionLimits.lines).fill('Perwa').join('\n')).ok).toBe(
      true,
    );
  });
});

describe('fieldFromText', () => {
  it('reads a procedure: steps before any title, titled sections, a title left without steps dropped', () => {
    expect(
      fieldFromText('procedure', 'Datang ke loket\n# Daring\nIsi formulir\nUnggah surat\n# Kosong'),
    ).toEqual([
      { title: null, steps: ['Datang ke loket'] },
      { title: 'Daring', steps: ['Isi formulir', 'Unggah surat'] },
    ]);
  });

  it('reads channel lines into something to open, or text only', () => {
    expect(
      fieldFromText(
        'complaintChannels',
        'Website: https://lapor.go.id/\nTelepon (0561) 733041\nInstagram @pontivecenter',
      ),
    ).toEqual([
      {
        kind: 'lapor',
        label: 'Website: https://lapor.go.id/',
        value: 'lapor.go.id',
        href: 'https://lapor.go.id',
      },
      { kind: 'phone', label: 'Telepon (0561) 733041', value: '0561733041', href: 'tel:0561733041' },
      { kind: 'social', label: 'Instagram @pontivecenter', value: '@pontivecenter', href: null },
    ]);
    expect(channelHref({ kind: 'website', value: 'http://intranet.pontianak.go.id/x' })).toBe(
      'http://intranet.pontianak.go.id/x',
    );
  });
});

describe('cost and dates in words', () => {
  it('knows Rp 0 and "Gratis" from a price', () => {
    expect(['Rp. 0', 'Rp 0 (free of charge)', 'Rp0', 'Gratis', 'free'].map(readsFree)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['Rp. 0,50', 'Rp 5.000', 'Rp. 10', 'Rp 0.000,5', 'Biaya sesuai tarif'].map(readsFree)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(costLine({ cost: 'Rp. 0', free: true }, 'Gratis')).toBe('Gratis (Rp. 0)');
    expect(costLine({ cost: 'Rp 0 (free of charge)', free: true }, 'Free')).toBe('Rp 0 (free of charge)');
    expect(costLine({ cost: 'Rp 5.000', free: false }, 'Gratis')).toBe('Rp 5.000');
  });

  it('writes the decree’s day as an office does, whatever the locale', () => {
    expect(sourceDate('2024-01-08', 'id')).toBe('8 Januari 2024');
    expect(sourceDate('2024-01-08', 'en')).toBe('8 January 2024');
    expect(sourceDate('2026-12-02', 'id')).toBe('2 Desember 2026');
  });
});
