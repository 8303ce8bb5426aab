// The handlers of the requests (issue 13), one per method of its contract.
import type { HandlersFor } from '../../../shared/contract/method';
import type { requestsMethods } from '../../../shared/contract/requests';
import { addDays } from '../../../shared/rules/siteCalendar';
import { reject } from '../../../shared/result';
import type { DomainContext } from '../core/domainContext';
import type { HandlerContext } from '../core/dispatch';
import { readLetter, storeLetter } from '../files/letterStore';
import { permissionsOf } from '../officers/roles';
import { officerPermissions } from '../recaps/recapQueries';
import {
  actOnStep,
  completeTask,
  decideRequest,
  fileRequest,
  issueLetter,
  reportRequest,
  scheduleRequest,
  type RequestOfficer,
} from './requestCommands';
import { requestDocumentFile, requestReportFile } from './requestDocuments';
import { findLetter, findRequest, latestRequests, requestsInDays } from './requestQueries';
import { requestSettingsStore } from './requestSettingsStore';
import { agendaOf, checkIntake, detailOf, holds, summaryOf, type RequestWorld } from './requestViews';
import { prepared } from '../../../db/statements';

const OFFICER = `SELECT o.id, o.full_name, o.nip, o.roles, o.position, p.name AS title
  FROM officers o LEFT JOIN roles p ON p.id = o.position WHERE o.id = ?`;

export function requestsHandlers(ctx: DomainContext): HandlersFor<typeof requestsMethods, HandlerContext> {
  const { deps, rules, lettersDir } = ctx;
  const { db } = deps;
  const settings = requestSettingsStore(deps);
  const world = (): RequestWorld => ({
    db,
    settings: settings.get(),
    calendar: rules.get().calendar,
    now: deps.clock.now(),
  });
  const officerOf = (call: HandlerContext): RequestOfficer & { read: boolean } => {
    const row = call.officerId
      ? (prepared(db, OFFICER).get(call.officerId) as
          | {
              id: string;
              full_name: string;
              nip: string | null;
              roles: string;
              position: string | null;
              title: string | null;
            }
          | undefined)
      : undefined;
    if (!row) throw reject('forbidden', 'errors.officer.forbidden');
    const roles = JSON.parse(row.roles) as string[];
    const granted = officerPermissions(db, row.id, (r) => permissionsOf(db, r));
    return {
      id: row.id,
      name: row.full_name,
      nip: row.nip && row.nip.trim() !== '' ? row.nip : null,
      title: row.title,
      viewer: { roles, position: row.position, manage: granted.includes('requests.manage') },
      read: granted.includes('requests.read') || granted.includes('requests.manage'),
    };
  };
  /** The signed-in officer, if they may see the requests: by permission, or by standing in a chain. */
  const reader = (call: HandlerContext): RequestOfficer => {
    const officer = officerOf(call);
    if (officer.read) return officer;
    const inChain = settings.get().types.some((t) => t.chain.some((s) => holds(officer.viewer, s.roleId)));
    if (!inChain) throw reject('forbidden', 'errors.officer.forbidden');
    return officer;
  };
  const existing = (id: string) => {
    const r = findRequest(db, id);
    if (!r) throw reject('not_found', 'errors.requests.notFound');
    return r;
  };
  const agenda = (input: { from: string; days: number; roomId?: string | undefined }, masked: boolean) => {
    const w = world();
    const records = requestsInDays(db, input.from, addDays(input.from, input.days - 1)).filter(
      (r) => !input.roomId || (r.schedule?.slot.roomId ?? r.intake.event.roomId) === input.roomId,
    );
    return { events: agendaOf(w, records, masked) };
  };

  return {
    'requests.settings.get': () => settings.get(),
    'requests.settings.update': (input, call) => settings.update(call.actor, input),
    'requests.check': (input) => {
      const w = world();
      return checkIntake(w, input, w.now, null);
    },
    'requests.file': (input, call) => fileRequest(deps, world, call.actor, officerOf(call), input),
    'requests.upload': async (input) => {
      const bytes = Buffer.from(input.contentBase64, 'base64');
      const stored = await storeLetter(lettersDir, bytes, input.name);
      if (!stored.ok)
        throw reject('validation', stored.messageKey, { fields: { letterFile: stored.messageKey } });
      // Queued for the server only when a request names it (fileRequest records it).
      const { ok: _ok, ...ref } = stored;
      return ref;
    },
    'requests.list': (input, call) => {
      const w = world();
      const officer = reader(call);
      let items = latestRequests(db, input.status, input.mine ? 500 : input.limit).map((r) =>
        summaryOf(w, r),
      );
      if (input.typeId) items = items.filter((s) => s.typeId === input.typeId);
      if (input.from) items = items.filter((s) => (s.slot?.day ?? '') >= input.from!);
      if (input.to) items = items.filter((s) => (s.slot?.day ?? '9999') <= input.to!);
      // Mine: a step of my position waits, or the chain is done and the decision is mine.
      if (input.mine)
        items = items.filter((s) => {
          const d = detailOf(w, existing(s.id), officer.viewer);
          return d.mayAct !== null || (s.status === 'in_process' && d.mayDecide && s.kind === 'application');
        });
      return { items: items.slice(0, input.limit) };
    },
    'requests.get': (input, call) => detailOf(world(), existing(input.id), reader(call).viewer),
    'requests.act': (input, call) => actOnStep(deps, world, call.actor, reader(call), input),
    'requests.schedule': (input, call) => scheduleRequest(deps, world, call.actor, officerOf(call), input),
    'requests.decide': (input, call) => decideRequest(deps, world, call.actor, reader(call), input),
    'requests.task': (input, call) => completeTask(deps, world, call.actor, officerOf(call), input),
    'requests.report': (input, call) => reportRequest(deps, world, call.actor, officerOf(call), input),
    'requests.issueLetter': (input, call) => issueLetter(deps, world, call.actor, officerOf(call), input),
    'requests.letterPdf': (input, call) => {
      reader(call);
      const letter = findLetter(db, input.letterId);
      if (!letter) throw reject('not_found', 'errors.requests.notFound');
      return requestDocumentFile(
        ctx,
        world(),
        { kind: 'letter', letter, record: existing(letter.requestId) },
        input.lang,
      );
    },
    'requests.dispositionPdf': (input, call) =>
      reader(call) &&
      requestDocumentFile(ctx, world(), { kind: 'disposition', record: existing(input.id) }, 'id'),
    'requests.letterFile': (input, call) => {
      reader(call);
      const ref = existing(input.id).intake.letter.file;
      if (!ref) throw reject('not_found', 'errors.requests.noLetterFile');
      const read = readLetter(lettersDir, ref.sha256);
      // Not yet fetched from the server (or damaged here): the sync brings it again.
      if (!read.ok) throw reject('not_found', 'errors.requests.letterNotHere');
      return { filename: ref.name, mime: ref.mime, contentBase64: read.bytes.toString('base64') };
    },
    'requests.agenda': (input, call) => reader(call) && agenda(input, false),
    'requests.publicAgenda': (input) => agenda(input, true),
    'requests.reportPdf': (input, call) => requestReportFile(ctx, world(), input, 'pdf', officerOf(call)),
    'requests.reportXlsx': (input, call) => requestReportFile(ctx, world(), input, 'xlsx', officerOf(call)),
  };
}
