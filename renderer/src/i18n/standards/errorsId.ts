// Indonesian messages of the standards domain's errors: the core's 'errors.standards.<key>' codes.
export const standardsErrorsId = {};
