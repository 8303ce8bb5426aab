// The hashes by which a survey token and a service event are known outside the kiosk that issued
// them (the server, the sync log): sha-256, so neither can be turned back into a token or an event.
// Kept apart from the commands so the central server can import it alone.
import { createHash } from 'node:crypto';

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The hash by which a token is known outside this kiosk. */
export const surveyTokenHash = (token: string): string => sha256Hex(`survey-token:${token}`);

/**
 * The survey slot of a service event: the same id whichever kiosk issues it, so the event is
 * answered once. A hash, so the survey's rows do not name the visit or guest entry they came from.
 */
export const surveySlotId = (eventKind: string, eventId: string): string =>
  `ev-${sha256Hex(`survey-slot:${eventKind}:${eventId}`).slice(0, 40)}`;
