// How a pulled change of the monthly, quarterly and yearly reports with their review trail (rekap) is written to the kiosk's tables (../applyChanges.ts).
import type { Applier } from '../applyChanges';

export const recapsAppliers = {} as const satisfies Readonly<Record<string, Applier>>;
