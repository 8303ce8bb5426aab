// English messages of the requests' errors: the core's 'errors.requests.<key>' codes.
import type { requestsErrorsId } from './errorsId';

export const requestsErrorsEn: typeof requestsErrorsId = {
  notFound: 'Request not found.',
};
