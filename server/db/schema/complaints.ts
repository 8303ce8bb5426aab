// The central tables of complaints (pengaduan), as Kysely sees them (beside migrations/0008_complaints.ts).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ComplaintsTables {}
