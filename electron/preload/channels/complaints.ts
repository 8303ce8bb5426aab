// The method and event names of complaints (pengaduan) (checked against the contract in ../channels.ts).
export const COMPLAINTS_METHOD_NAMES = [] as const;
export const COMPLAINTS_EVENT_NAMES = [] as const;
