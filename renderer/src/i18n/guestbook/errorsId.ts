// Indonesian messages of the guestbook domain's errors: the core's 'errors.guestbook.<key>' codes.
export const guestbookErrorsId = {};
