// The central admin pages of requests, mounted by ../adminRoutes.ts behind its session guard (like
// recaps/): the list, one request, its uploaded letter, and the chain officer's step and the Kasi's
// decision as server commands. Who may open them is the kiosk's rule, not a page permission: an
// officer with requests.read or requests.manage, or one whose role or position stands in any type's
// disposition chain (a Kepala Dinas has no other business with the admin pages). Opening a request
// (its contact) and downloading its letter are audited reads.
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestStatuses, type RequestStatus } from '../../../shared/requests/requestRecord';
import { cleanText } from '../../../shared/text';
import { readLetterOnServer } from '../../files/serverLetters';
import { auditRead } from '../adminActions';
import { AdminPage, type AdminFrame } from '../AdminPage';
import type { AdminDeps } from '../adminOptions';
import { adminText } from '../adminText';
import { decideApplication, recordStep, type DecisionInput } from './requestActions';
import {
  mayReadRequests,
  requestOfficer,
  requestView,
  requestWorld,
  siteRequest,
  siteRequests,
  type RequestOfficer,
  type RequestWorld,
} from './requestData';
import { REQUESTS_CSS_PATH, RequestPage, RequestsListPage, requestsCss } from './RequestsPages';
import { dispositionPresets, requestsText } from './requestsText';

type Env = {
  Variables: {
    signedIn: { readonly siteId: string; readonly officerId: string; readonly frame: AdminFrame };
  };
};

/** RFC 6266, as the kiosks' file route answers: an ASCII fallback and the UTF-8 name. */
const contentDisposition = (name: string): string =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** A form's text field, cleaned; null when it is longer than `max`. */
function field(form: Record<string, unknown>, name: string, max: number): string | null {
  const raw = form[name];
  const v = typeof raw === 'string' ? cleanText(raw) : '';
  return v.length <= max ? v : null;
}

/** The ticked instructions (only the sheet's own) and the officer's own words, as one note. */
function dispositionNote(form: Record<string, unknown>): string | null {
  const ticked = ([] as unknown[]).concat(form.preset ?? []);
  const known: readonly string[] = dispositionPresets.map((p) => p.id);
  const presets = known.filter((p) => ticked.includes(p));
  const own = field(form, 'note', 1000);
  if (own === null) return null;
  const note = [...presets, own].filter(Boolean).join('; ');
  return note.length <= 1000 ? note : null;
}

function decisionOf(form: Record<string, unknown>): DecisionInput | null {
  const outcome = form.outcome;
  if (outcome !== 'accepted' && outcome !== 'rejected') return null;
  const reason = field(form, 'reason', 2000);
  const analysis = field(form, 'analysis', 4000);
  const discussion = field(form, 'discussion', 4000);
  if (reason === null || analysis === null || discussion === null) return null;
  if (outcome === 'rejected') {
    if (reason.length < 3) return null;
    return { outcome, reason, analysis, discussion, rkaYear: null };
  }
  const year = Number(form.rkaYear);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return null;
  return { outcome, reason, analysis, discussion, rkaYear: year };
}

/**
 * The forms' own limit: a decision's analysis, discussion and reason are up to 10 000 characters,
 * more than the admin pages' small default. Over it, the officer is sent back with the reason.
 */
const MAX_FORM_BYTES = 96 * 1024;
const limitForm = bodyLimit({
  maxSize: MAX_FORM_BYTES,
  onError: (c) => c.redirect(`${c.req.path.replace(/\/(step|decide)$/, '')}?refused=too_long`, 303),
});

export function mountRequestPages(app: Hono<Env>, deps: AdminDeps): void {
  /** The officer and the site's requests world, or the page that says they may not read requests. */
  async function access(
    c: Context<Env>,
  ): Promise<{ officer: RequestOfficer; world: RequestWorld } | { refusal: Response }> {
    const { siteId, officerId, frame } = c.get('signedIn');
    const [officer, world] = await Promise.all([
      requestOfficer(deps.db, siteId, officerId),
      requestWorld(deps.db, siteId, deps.clock.now()),
    ]);
    if (officer && mayReadRequests(officer, world.settings)) return { officer, world };
    const t = requestsText[frame.lang];
    return {
      refusal: await c.html(
        AdminPage({
          frame,
          current: null,
          title: adminText[frame.lang].forbiddenTitle,
          children: t.forbidden,
        }),
        403,
      ),
    };
  }

  app.get(REQUESTS_CSS_PATH.replace('/admin', ''), (c) =>
    c.body(requestsCss, 200, { 'Content-Type': 'text/css; charset=utf-8' }),
  );

  app.get('/requests', async (c) => {
    const got = await access(c);
    if ('refusal' in got) return got.refusal;
    const { siteId, frame } = c.get('signedIn');
    const asked = c.req.query('status');
    const status = (requestStatuses as readonly string[]).includes(asked ?? '')
      ? (asked as RequestStatus)
      : null;
    const mine = c.req.query('mine') === '1';
    const all = (await siteRequests(deps.db, siteId)).map((r) =>
      requestView(got.world, r, got.officer.viewer),
    );
    const rows = all.filter((v) => (!status || v.status === status) && (!mine || v.mine));
    return c.html(
      RequestsListPage({
        frame,
        world: got.world,
        rows,
        filter: { status, mine },
        mineCount: all.filter((v) => v.mine).length,
      }),
    );
  });

  app.get('/requests/:id', async (c) => {
    const got = await access(c);
    if ('refusal' in got) return got.refusal;
    const { siteId, officerId, frame } = c.get('signedIn');
    const record = await siteRequest(deps.db, siteId, c.req.param('id'));
    if (!record) return c.redirect('/admin/requests', 303);
    // The request's contact is personal data: the opening is on the audit log.
    await auditRead(
      deps.db,
      {
        siteId,
        officerId,
        action: 'admin.request.read',
        entity: 'request',
        entityId: record.id,
        details: { reference: record.reference },
      },
      deps.clock.now(),
    );
    const t = requestsText[frame.lang];
    const done = c.req.query('done');
    const refused = c.req.query('refused');
    return c.html(
      RequestPage({
        frame,
        world: got.world,
        view: requestView(got.world, record, got.officer.viewer),
        ...(done && done in t.done ? { done: t.done[done as keyof typeof t.done] } : {}),
        ...(refused ? { refused: t.refused[refused] ?? t.refused.refused! } : {}),
      }),
    );
  });

  app.get('/requests/:id/letter', async (c) => {
    const got = await access(c);
    if ('refusal' in got) return got.refusal;
    const { siteId, officerId, frame } = c.get('signedIn');
    const record = await siteRequest(deps.db, siteId, c.req.param('id'));
    const ref = record?.intake.letter.file;
    if (!record || !ref) return c.redirect('/admin/requests', 303);
    const letter = await readLetterOnServer(deps.db, ref.sha256);
    if (!letter.ok) {
      const t = requestsText[frame.lang];
      return c.html(
        AdminPage({
          frame,
          current: null,
          title: t.requestTitle(record.reference),
          children: t.letterMissing,
        }),
        404,
      );
    }
    await auditRead(
      deps.db,
      {
        siteId,
        officerId,
        action: 'admin.request.letter',
        entity: 'request',
        entityId: record.id,
        details: { reference: record.reference, sha256: ref.sha256 },
      },
      deps.clock.now(),
    );
    // The same safe answer as the kiosks' file route: a download, never sniffed, never run.
    return c.body(new Uint8Array(letter.bytes), 200, {
      'content-type': letter.ref.mime,
      'content-length': String(letter.ref.size),
      'content-disposition': contentDisposition(ref.name),
      'x-content-type-options': 'nosniff',
      'content-security-policy': "sandbox; default-src 'none'",
    });
  });

  app.post('/requests/:id/step', limitForm, async (c) => {
    const got = await access(c);
    if ('refusal' in got) return got.refusal;
    const { siteId } = c.get('signedIn');
    const id = c.req.param('id');
    const back = `/admin/requests/${encodeURIComponent(id)}`;
    const form = await c.req.parseBody({ all: true });
    const stepId = typeof form.stepId === 'string' ? form.stepId : '';
    const note = dispositionNote(form);
    if (note === null) return c.redirect(`${back}?refused=invalid_note`, 303);
    const outcome = await recordStep(deps, siteId, got.officer, id, stepId, note, deps.clock.now());
    return c.redirect(
      outcome === 'done' ? `${back}?done=step` : `${back}?refused=${encodeURIComponent(outcome)}`,
      303,
    );
  });

  app.post('/requests/:id/decide', limitForm, async (c) => {
    const got = await access(c);
    if ('refusal' in got) return got.refusal;
    const { siteId } = c.get('signedIn');
    const id = c.req.param('id');
    const back = `/admin/requests/${encodeURIComponent(id)}`;
    const input = decisionOf(await c.req.parseBody());
    if (!input) return c.redirect(`${back}?refused=invalid_decision`, 303);
    const outcome = await decideApplication(deps, siteId, got.officer, id, input, deps.clock.now());
    return c.redirect(
      outcome === 'done' ? `${back}?done=decide` : `${back}?refused=${encodeURIComponent(outcome)}`,
      303,
    );
  });
}
