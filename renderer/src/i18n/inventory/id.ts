// Indonesian strings of the equipment inventory (inventaris) (the catalogue's key `inventory`).
export const inventoryId = {
  tab: 'Inventaris',
};
