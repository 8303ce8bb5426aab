// Indonesian messages of the equipment inventory (inventaris)'s errors: the core's 'errors.inventory.<key>' codes.
export const inventoryErrorsId = {};
