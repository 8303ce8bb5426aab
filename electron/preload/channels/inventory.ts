// The method names of the equipment inventory (inventaris) (checked against the contract in ../channels.ts).
export const INVENTORY_METHOD_NAMES = [] as const;
