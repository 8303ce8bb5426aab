// The live state of every scanner and printer, for the status bar and the device screens.
import { z } from 'zod';
import { deviceStatusSchema } from '../scanEvent';
import { noInput } from './fields';
import { method } from './method';

export const deviceMethods = {
  'devices.list': method('public', noInput, z.object({ items: z.array(deviceStatusSchema) })),
} as const;

export const deviceEvents = {
  'devices.status': deviceStatusSchema,
} as const;
