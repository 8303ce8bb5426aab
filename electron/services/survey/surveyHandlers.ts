// The handlers of the satisfaction survey (SKM) and its index (IKM), one per method of its contract.
import type { HandlersFor } from '../../../shared/contract/method';
import type { surveyMethods } from '../../../shared/contract/survey';
import type { DomainContext } from '../core/domainContext';
import type { HandlerContext } from '../core/dispatch';
import { answerSurvey, coolDownSeconds } from './surveyCommands';
import { surveyReport } from './surveyQueries';

/** The workbook writer (exceljs) is loaded when an officer first asks for it, not at every start. */
const surveyExport = () => import('./surveyExport');

export function surveyHandlers(ctx: DomainContext): HandlersFor<typeof surveyMethods, HandlerContext> {
  const { deps, rules, site } = ctx;
  return {
    'survey.answer': (input, call) => answerSurvey(deps, rules, input, call.actor),
    'survey.kioskStatus': () => ({ coolDownSeconds: coolDownSeconds(deps, deps.clock.now()) }),
    'survey.index': (input) => surveyReport(deps.db, rules.get(), input, deps.clock.now()).view,
    'survey.export': async ({ lang, ...query }) => {
      const report = surveyReport(deps.db, rules.get(), query, deps.clock.now());
      const { surveyExportName, surveyWorkbook } = await surveyExport();
      const file = await surveyWorkbook(report, site.get(), lang);
      return {
        filename: surveyExportName(report),
        mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        contentBase64: file.toString('base64'),
      };
    },
  };
}
