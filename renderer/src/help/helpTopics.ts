/** Which screen the help is for: each has its own plain line in help.screen.* (both catalogues). */
export const helpTopics = [
  'home',
  'register',
  'ticket',
  'finishScan',
  'checkedIn',
  'refused',
  'checkout',
  'done',
  'signIn',
  'setup',
  'desk',
] as const;
export type HelpTopic = (typeof helpTopics)[number];
