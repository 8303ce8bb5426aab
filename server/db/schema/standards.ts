// The central tables of the 15 service standards of decree 18/2024, as Kysely sees them (beside migrations/0006_standards.ts).
// None of its own: corrections are rows of `records` (entity type 'serviceStandard').
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface StandardsTables {}
