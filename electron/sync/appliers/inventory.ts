// How a pulled change of the equipment inventory (inventaris) is written to the kiosk's tables (../applyChanges.ts).
import type { Applier } from '../applyChanges';

export const inventoryAppliers = {} as const satisfies Readonly<Record<string, Applier>>;
