// The method and event names of buku tamu (service standard no. 15) (checked against the contract in ../channels.ts).
export const GUESTBOOK_METHOD_NAMES = [] as const;
export const GUESTBOOK_EVENT_NAMES = [] as const;
