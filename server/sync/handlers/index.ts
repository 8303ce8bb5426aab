// Every operation type's server handler, in one table typed by the shared operation list: a type a
// kiosk can write but the server cannot apply fails the type check.
import type { HandlerTable } from './context';
import * as records from './records';
import * as reservations from './reservations';
import * as visitors from './visitors';
import * as visits from './visits';
import { guestbookServerHandlers } from './guestbook';
import { standardsServerHandlers } from './standards';
import { surveyServerHandlers } from './survey';
import { complaintsServerHandlers } from './complaints';
import { inventoryServerHandlers } from './inventory';
import { recapsServerHandlers } from './recaps';
import { requestsServerHandlers } from './requests';

export const handlers: HandlerTable = {
  'reservation.created': reservations.reservationCreated,
  'reservation.updated': reservations.reservationUpdated,
  'reservation.cancelled': reservations.reservationCancelled,
  'reservation.noShow': reservations.reservationNoShow,
  'visit.started': visits.visitStarted,
  'visit.deskChanged': visits.visitDeskChanged,
  'visit.lockerChanged': visits.visitLockerChanged,
  'visit.checkoutRequested': visits.visitCheckoutRequested,
  'visit.closed': visits.visitClosed,
  'desks.replaced': records.desksReplaced,
  'lockers.replaced': records.lockersReplaced,
  'floorPlan.saved': records.floorPlanSaved,
  'settings.rulesUpdated': records.rulesUpdated,
  'settings.securityUpdated': records.securityUpdated,
  'settings.privacyUpdated': records.privacyUpdated,
  'settings.houseRulesUpdated': records.houseRulesUpdated,
  'settings.documentsUpdated': records.documentsUpdated,
  'site.updated': records.siteUpdated,
  'officer.created': records.officerCreated,
  'officer.updated': records.officerUpdated,
  'officer.activeChanged': records.officerActiveChanged,
  'officer.pinChanged': records.officerPinChanged,
  'role.saved': records.roleSaved,
  'visitor.erased': visitors.visitorErased,
  ...guestbookServerHandlers,
  ...standardsServerHandlers,
  ...surveyServerHandlers,
  ...complaintsServerHandlers,
  ...inventoryServerHandlers,
  ...recapsServerHandlers,
  ...requestsServerHandlers,
};
