// The officer's desk sits behind a PIN; an unlocked session is what officer methods require.
import { z } from 'zod';
import { noInput } from './fields';
import { method } from './method';

export const officerMethods = {
  'officer.unlock': method(
    'public',
    z.object({ pin: z.string().max(32) }).strict(),
    z.object({ session: z.string(), expiresAt: z.number() }),
  ),
  'officer.lock': method('officer', noInput, z.object({})),
} as const;
