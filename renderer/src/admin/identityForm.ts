// The office's identity as a form holds it (four letterhead lines, blanks allowed) and as the
// contract takes it (only the lines written). Pure, so it is unit-tested.
import type { SiteIdentity } from '../../../shared/contract';

export const LETTERHEAD_LINES = 4;
/** A logo file is checked before it is read: these types, at most 256 KiB (the core checks again). */
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const LOGO_MAX_BYTES = 256 * 1024;

export interface IdentityValues extends Record<string, unknown> {
  siteName: string;
  officeName: string;
  /** Always LETTERHEAD_LINES entries; blank ones are not sent. */
  letterhead: string[];
  logo: string | null;
}

export const identityValues = (site: SiteIdentity | null): IdentityValues => ({
  siteName: site?.siteName ?? '',
  officeName: site?.officeName ?? '',
  letterhead: Array.from({ length: LETTERHEAD_LINES }, (_, i) => site?.letterhead[i] ?? ''),
  logo: site?.logo ?? null,
});

/** The lines written, in order; `lineOf[i]` is the form line of the i-th one (for its error). */
export function writtenLines(letterhead: readonly string[]): { lines: string[]; lineOf: number[] } {
  const lines: string[] = [];
  const lineOf: number[] = [];
  letterhead.forEach((line, i) => {
    if (line.trim()) {
      lines.push(line);
      lineOf.push(i);
    }
  });
  return { lines, lineOf };
}

export function identityInput(values: IdentityValues): {
  input: SiteIdentity;
  lineOf: number[];
} {
  const { lines, lineOf } = writtenLines(values.letterhead);
  return {
    input: { siteName: values.siteName, officeName: values.officeName, letterhead: lines, logo: values.logo },
    lineOf,
  };
}

/** Why a chosen logo file is refused before it is read, as a message key; null if it may be sent. */
export function logoFileProblem(file: { type: string; size: number }): string | null {
  if (!(LOGO_TYPES as readonly string[]).includes(file.type)) return 'errors.site.logoType';
  if (file.size > LOGO_MAX_BYTES) return 'errors.site.logoTooLarge';
  return null;
}
