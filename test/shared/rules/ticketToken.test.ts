import { base32crockford } from '@scure/base';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTicketToken, parseTicketToken } from '../../../shared/rules/checkInRules';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TOKEN = /^LK1[0-9A-HJKMNP-TV-Z]{26}$/;
const bytes16 = fc.uint8Array({ minLength: 16, maxLength: 16 });
const MALFORMED = { ok: false, reason: 'malformed_code' };

// Fixed vectors: all-zero, all-ones and a counting pattern, checked by hand against Crockford's table.
const zeros = new Uint8Array(16);
const ones = new Uint8Array(16).fill(0xff);
const counting = Uint8Array.from({ length: 16 }, (_, i) => i);

describe('formatTicketToken', () => {
  it('writes LK1 and 26 upper-case Crockford characters', () => {
    expect(formatTicketToken(zeros)).toBe(`LK1${'0'.repeat(26)}`);
    // 128 one-bits: 25 full groups of 11111 (Z), then 111 + two zero padding bits = 11100 (W).
    expect(formatTicketToken(ones)).toBe(`LK1${'Z'.repeat(25)}W`);
    expect(formatTicketToken(counting)).toBe('LK1000G40R40M30E209185GR38E1W');
  });

  it.each([0, 15, 17, 32])('refuses %i bytes (a token carries exactly 128 bits)', (n) => {
    expect(() => formatTicketToken(new Uint8Array(n))).toThrow(RangeError);
  });
});

describe('parseTicketToken examples', () => {
  const token = formatTicketToken(counting);

  it('accepts the token as printed, and as scanners and people deliver it', () => {
    for (const text of [
      token,
      `  ${token}  `,
      `${token}\r\n`,
      `${token}\n`,
      `\t${token}\r`,
      token.toLowerCase(),
    ]) {
      expect(parseTicketToken(text)).toEqual({ ok: true, token });
    }
  });

  it('reads O as 0 and I or L as 1 after the LK mark', () => {
    expect(parseTicketToken('LK1OOOG4OR4OM3OE2O9185GR38E1W')).toEqual({ ok: true, token });
    expect(parseTicketToken('lkI000G40R40M30E209L85GR38EiW')).toEqual({ ok: true, token });
    expect(parseTicketToken('LKL000G40R40M30E209185GR38E1W')).toEqual({ ok: true, token });
  });

  it.each([
    ['empty text', ''],
    ['only whitespace', '  \r\n'],
    ['another prefix', `LK2${token.slice(3)}`],
    ['no prefix', token.slice(3)],
    ['a mangled mark (the L of LK is not an alias)', `1K1${token.slice(3)}`],
    ['one character short', token.slice(0, -1)],
    ['one character long', `${token}0`],
    ['a U, which Crockford leaves out', `${token.slice(0, 10)}U${token.slice(11)}`],
    ['a hyphen inside', `${token.slice(0, 10)}-${token.slice(11)}`],
    ['a space inside', `${token.slice(0, 10)} ${token.slice(11)}`],
    ['a URL around it', `https://loket.example/t/${token}`],
    ['non-zero padding bits in the last character', `${token.slice(0, -1)}X`],
    ['a fullwidth look-alike', `ＬＫ1${token.slice(3)}`],
  ])('rejects %s', (_name, text) => {
    expect(parseTicketToken(text)).toEqual(MALFORMED);
  });

  it('rejects text over 200 characters before any work, even if a token is inside', () => {
    expect(parseTicketToken(`${' '.repeat(150)}${token}`)).toEqual({ ok: true, token });
    expect(parseTicketToken(`${' '.repeat(172)}${token}`)).toEqual(MALFORMED); // 201 characters
    expect(parseTicketToken('x'.repeat(1_000_000))).toEqual(MALFORMED);
  });

  it('rejects what is not a string at all', () => {
    for (const v of [undefined, null, 42, { token }, [token]]) expect(parseTicketToken(v)).toEqual(MALFORMED);
  });

  // Regression: String.prototype.toUpperCase maps the dotless 'ı' to 'I' and the long 'ſ' to 'S', so
  // case folding before checking for ASCII let look-alike text through as a valid token.
  it('regression: rejects non-ASCII letters that upper-case to ASCII (ı → I, ſ → S)', () => {
    const withOne = 'LK1000G40R40M30E209185GR38E1W';
    expect(parseTicketToken(withOne.replace('K', 'k').replace('1', 'ı'))).toEqual(MALFORMED);
    const withS = formatTicketToken(Uint8Array.from({ length: 16 }, () => 0xcc));
    expect(withS).toContain('S');
    expect(parseTicketToken(withS.replace('S', 'ſ'))).toEqual(MALFORMED);
  });
});

describe('parseTicketToken properties', () => {
  it('round-trips any 128 bits: format, parse, decode gives the same bytes', () => {
    fc.assert(
      fc.property(bytes16, (b) => {
        const token = formatTicketToken(b);
        expect(token).toMatch(TOKEN);
        expect(parseTicketToken(token)).toEqual({ ok: true, token });
        expect(base32crockford.decode(token.slice(3))).toEqual(b);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts the same token in lower case, with aliases, and with surrounding whitespace and CR/LF', () => {
    const ws = fc.string({ unit: fc.constantFrom(' ', '\t', '\r', '\n'), maxLength: 5 });
    fc.assert(
      fc.property(bytes16, ws, ws, fc.boolean(), fc.boolean(), (b, before, after, lower, alias) => {
        const token = formatTicketToken(b);
        let text = token.slice(3);
        if (alias) text = text.replace(/0/g, 'O').replace(/1/g, 'l');
        text = `LK1${text}`;
        if (lower) text = text.toLowerCase();
        expect(parseTicketToken(`${before}${text}${after}`)).toEqual({ ok: true, token });
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects any change of length', () => {
    fc.assert(
      fc.property(
        bytes16,
        fc.integer({ min: 0, max: 28 }),
        fc.constantFrom(...ALPHABET),
        fc.boolean(),
        (b, pos, ch, insert) => {
          const token = formatTicketToken(b);
          const mutated = insert
            ? token.slice(0, pos) + ch + token.slice(pos)
            : token.slice(0, pos) + token.slice(pos + 1);
          expect(parseTicketToken(mutated)).toEqual(MALFORMED);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('rejects any character outside the Crockford alphabet and its aliases', () => {
    const allowed = new Set([...ALPHABET, ...ALPHABET.toLowerCase(), 'O', 'o', 'I', 'i', 'L', 'l']);
    const foreign = fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }).filter((c) => !allowed.has(c));
    fc.assert(
      fc.property(bytes16, fc.integer({ min: 3, max: 28 }), foreign, (b, pos, ch) => {
        const token = formatTicketToken(b);
        expect(parseTicketToken(token.slice(0, pos) + ch + token.slice(pos + 1))).toEqual(MALFORMED);
      }),
      { numRuns: 2000 },
    );
  });

  it('never reads a changed character back as the original token', () => {
    fc.assert(
      fc.property(bytes16, fc.integer({ min: 3, max: 28 }), fc.constantFrom(...ALPHABET), (b, pos, ch) => {
        const token = formatTicketToken(b);
        fc.pre(token[pos] !== ch);
        const result = parseTicketToken(token.slice(0, pos) + ch + token.slice(pos + 1));
        if (result.ok) expect(result.token).not.toBe(token);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws, and whatever it accepts is a canonical token', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 250 }), fc.string({ unit: 'grapheme', maxLength: 40 })),
        (text) => {
          const result = parseTicketToken(text);
          if (result.ok) expect(result.token).toMatch(TOKEN);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
