// Indonesian messages of the complaints domain's errors: the core's 'errors.complaints.<key>' codes.
export const complaintsErrorsId = {};
