// How a pulled change of buku tamu (service standard no. 15) is written to the kiosk's tables (../applyChanges.ts).
import type { Applier } from '../applyChanges';

export const guestbookAppliers: Readonly<Record<string, Applier>> = {};
