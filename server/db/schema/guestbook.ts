// The central tables of buku tamu (service standard no. 15), as Kysely sees them (beside migrations/0005_guestbook.ts).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface GuestbookTables {}
