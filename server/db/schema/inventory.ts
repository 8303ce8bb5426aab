// The central tables of the equipment inventory (inventaris), as Kysely sees them.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface InventoryTables {}
