// The method names of the monthly, quarterly and yearly reports with their review trail (rekap) (checked against the contract in ../channels.ts).
export const RECAPS_METHOD_NAMES = [
  'recaps.preview',
  'recaps.list',
  'recaps.get',
  'recaps.receivers',
  'recaps.submit',
  'recaps.comment',
  'recaps.return',
  'recaps.forward',
  'recaps.acknowledge',
  'recaps.pdf',
  'recaps.xlsx',
] as const;
