// One change event per command: after a command commits, every screen hears which kinds of data it
// changed and refetches only those (the renderer's query keys start with the topic).
import { z } from 'zod';

export const topics = [
  'site',
  'officers',
  'visitors',
  'audit',
  'reservations',
  'visits',
  'places',
  'settings',
  'scanners',
  'printers',
  'printJobs',
  'sync',
  'guestbook',
  'standards',
  'survey',
  'complaints',
  'inventory',
  'recaps',
  /** Requests, their chain, schedule, attendance and letters (issue 13). */
  'requests',
] as const;
export type Topic = (typeof topics)[number];

export const changeEvents = {
  'data.changed': z.object({ topics: z.array(z.enum(topics)).min(1) }),
} as const;
