// The central tables of the monthly, quarterly and yearly reports with their review trail (rekap), as Kysely sees them.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RecapsTables {}
