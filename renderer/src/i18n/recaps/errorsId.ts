// Indonesian messages of the monthly, quarterly and yearly reports with their review trail (rekap)'s errors: the core's 'errors.recaps.<key>' codes.
export const recapsErrorsId = {};
