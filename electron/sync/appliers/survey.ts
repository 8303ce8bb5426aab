// How a pulled change of the satisfaction survey (SKM) and its index (IKM) is written to the kiosk's tables (../applyChanges.ts).
import type { Applier } from '../applyChanges';

export const surveyAppliers: Readonly<Record<string, Applier>> = {};
