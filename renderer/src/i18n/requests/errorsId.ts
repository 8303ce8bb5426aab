// Indonesian messages of the requests' errors: the core's 'errors.requests.<key>' codes.
export const requestsErrorsId = {
  notFound: 'Permohonan tidak ditemukan.',
};
