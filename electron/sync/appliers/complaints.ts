// How a pulled change of complaints (pengaduan) is written to the kiosk's tables (../applyChanges.ts).
import type { Applier } from '../applyChanges';

export const complaintsAppliers: Readonly<Record<string, Applier>> = {};
