// The method and event names of complaints (pengaduan) (checked against the contract in ../channels.ts).
export const COMPLAINTS_METHOD_NAMES = [
  'complaints.file',
  'complaints.printSlip',
  'complaints.list',
  'complaints.get',
  'complaints.officers',
  'complaints.assign',
  'complaints.answer',
  'complaints.close',
  'complaints.linkLapor',
  'complaints.eraseContact',
  'complaints.quarterCounts',
] as const;
