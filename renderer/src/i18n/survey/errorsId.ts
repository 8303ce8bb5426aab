// Indonesian messages of the survey domain's errors: the core's 'errors.survey.<key>' codes.
export const surveyErrorsId = {};
