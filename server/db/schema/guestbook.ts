// The central tables of buku tamu (service standard no. 15), as Kysely sees them (beside migrations/0005_guestbook.ts).
// None of its own: a guest entry is a record of entity type 'guest' in `records` (its state as one
// JSON document, server/sync/handlers/guestbook.ts), which every query of the guest book reads.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface GuestbookTables {}
