// The method and event names of the 15 service standards of decree 18/2024 (checked against the contract in ../channels.ts).
export const STANDARDS_METHOD_NAMES = [
  'standards.corrections.list',
  'standards.entry.correct',
  'standards.entry.reset',
  'standards.phoneLink',
  'standards.slip.print',
] as const;
