// The method names of the monthly, quarterly and yearly reports with their review trail (rekap) (checked against the contract in ../channels.ts).
export const RECAPS_METHOD_NAMES = [] as const;
