// How a pulled change of the 15 service standards of decree 18/2024 is written to the kiosk's tables (../applyChanges.ts).
import type { Applier } from '../applyChanges';

export const standardsAppliers: Readonly<Record<string, Applier>> = {};
