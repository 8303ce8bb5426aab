// PINs are kept as scrypt hashes with a salt of their own (never the PIN), and checked off the main
// thread: scrypt is slow on purpose, and a kiosk must answer scans while an officer signs in. The
// stored hash names its cost ('scrypt:N:r:p:hex'), so a later Loket can raise it and still check old ones.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface PinHash {
  readonly salt: string;
  readonly hash: string;
}

export interface PinHasher {
  hash(pin: string): Promise<PinHash>;
  matches(pin: string, stored: PinHash): Promise<boolean>;
}

const scryptAsync = (pin: string, salt: string, options: ScryptOptions): Promise<Buffer> =>
  new Promise((resolve, reject) =>
    scrypt(pin, salt, 32, options, (err, key) => (err ? reject(err) : resolve(key))),
  );

/** scrypt at N = 2^14, r = 8, p = 1 (about 50 ms here): Node's default, OWASP's minimum for scrypt. */
export function createPinHasher(cost = { N: 16_384, r: 8, p: 1 }): PinHasher {
  return {
    async hash(pin) {
      const salt = randomBytes(16).toString('hex');
      const key = await scryptAsync(pin, salt, cost);
      return { salt, hash: `scrypt:${cost.N}:${cost.r}:${cost.p}:${key.toString('hex')}` };
    },
    async matches(pin, stored) {
      const [scheme, n, r, p, hex] = stored.hash.split(':');
      if (scheme !== 'scrypt' || !hex) return false;
      const expected = Buffer.from(hex, 'hex');
      const candidate = await scryptAsync(pin, stored.salt, { N: Number(n), r: Number(r), p: Number(p) });
      return candidate.length === expected.length && timingSafeEqual(candidate, expected);
    },
  };
}
