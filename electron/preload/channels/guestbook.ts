// The method and event names of buku tamu (service standard no. 15) (checked against the contract in ../channels.ts).
export const GUESTBOOK_METHOD_NAMES = [
  'guestbook.lookup',
  'guestbook.register',
  'guestbook.queue',
  'guestbook.list',
  'guestbook.serve',
  'guestbook.close',
  'guestbook.erase',
  'guestbook.settings.get',
  'guestbook.settings.update',
] as const;
