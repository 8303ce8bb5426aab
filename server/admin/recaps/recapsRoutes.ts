// The central admin pages of the reports (rekap), mounted by ../adminRoutes.ts behind its session
// guard: the list, one revision, its review steps (server commands), and its PDF and xlsx made here
// from the revision. Opening a revision that lists users, and every download, is an audited read.
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { correctableFigures, type CorrectableFigure } from '../../../shared/recaps/figures';
import { recapFileName } from '../../../shared/recaps/recapDocument';
import { cleanText } from '../../../shared/text';
import { auditRead } from '../adminActions';
import type { AdminFrame } from '../AdminPage';
import type { AdminDeps } from '../adminOptions';
import { takeRecapStep, type RecapStep } from './recapActions';
import { recapPdf, recapXlsx, siteRecap, siteRecaps, siteSigners } from './recapData';
import { RecapPage, RecapsListPage } from './RecapsPages';
import { recapsText } from './recapsText';

type Env = {
  Variables: {
    signedIn: { readonly siteId: string; readonly officerId: string; readonly frame: AdminFrame };
  };
};

const READERS = ['reports.read', 'recaps.prepare', 'recaps.review', 'recaps.receive'] as const;
/** Which permission opens which step. */
const STEP_PERMISSION = {
  comment: 'recaps.review',
  return: 'recaps.review',
  forward: 'recaps.review',
  acknowledge: 'recaps.receive',
} as const;

/** A form's fields as the step they ask for, or null when they do not make one. */
function stepOf(kind: keyof typeof STEP_PERMISSION, form: Record<string, unknown>): RecapStep | null {
  const text = (name: string, min: number) => {
    const v = typeof form[name] === 'string' ? cleanText(form[name] as string) : '';
    return v.length >= min && v.length <= 1000 ? v : null;
  };
  if (kind === 'comment') {
    const note = text('text', 3);
    if (!note) return null;
    const figure = typeof form.figure === 'string' ? form.figure : '';
    if (figure === '') return { kind, text: note, correction: null };
    const value = Number(form.value);
    if (
      !(correctableFigures as readonly string[]).includes(figure) ||
      !Number.isInteger(value) ||
      value < 0 ||
      value > 10_000_000
    )
      return null;
    return { kind, text: note, correction: { figure: figure as CorrectableFigure, value } };
  }
  if (kind === 'return') {
    const reason = text('reason', 5);
    return reason ? { kind, reason } : null;
  }
  if (kind === 'forward')
    return typeof form.receiverId === 'string' && form.receiverId
      ? { kind, receiverId: form.receiverId }
      : null;
  return { kind: 'acknowledge' };
}

export function mountRecapPages(
  app: Hono<Env>,
  deps: AdminDeps,
  guard: MiddlewareHandler<Env>,
  limitSize: MiddlewareHandler<Env>,
): void {
  const mayRead = (c: Context<Env>) => READERS.some((p) => c.get('signedIn').frame.granted.has(p));

  async function revisionPage(c: Context<Env>, notice: { done?: string; refused?: string } = {}) {
    const { siteId, officerId, frame } = c.get('signedIn');
    const recap = await siteRecap(deps.db, siteId, c.req.param('id') ?? '');
    if (!recap) return c.redirect('/admin/recaps', 303);
    if (recap.figures.users)
      await auditRead(
        deps.db,
        {
          siteId,
          officerId,
          action: 'admin.recap.read',
          entity: 'recap',
          entityId: recap.id,
          details: { period: recap.period, revision: recap.revision, users: recap.figures.users.length },
        },
        deps.clock.now(),
      );
    const receivers = await siteSigners(deps.db, siteId, 'recaps.receive');
    return c.html(RecapPage({ frame, recap, receivers, ...notice }));
  }

  app.get('/recaps', guard, async (c) => {
    const { siteId, frame } = c.get('signedIn');
    return c.html(RecapsListPage({ frame, recaps: await siteRecaps(deps.db, siteId) }));
  });

  app.get('/recaps/:id', guard, async (c) => {
    const t = recapsText[c.get('signedIn').frame.lang];
    const done = c.req.query('done');
    const refused = c.req.query('refused');
    return revisionPage(c, {
      ...(done && done in t.done ? { done: t.done[done as keyof typeof t.done] } : {}),
      ...(refused ? { refused: t.refused[refused] ?? t.refused.refused! } : {}),
    });
  });

  for (const kind of ['comment', 'return', 'forward', 'acknowledge'] as const) {
    app.post(`/recaps/:id/${kind}`, guard, limitSize, async (c) => {
      const { siteId, officerId, frame } = c.get('signedIn');
      const id = c.req.param('id') ?? '';
      const back = `/admin/recaps/${encodeURIComponent(id)}`;
      if (!frame.granted.has(STEP_PERMISSION[kind])) return c.redirect(`${back}?refused=forbidden`, 303);
      const step = stepOf(kind, await c.req.parseBody());
      if (!step) return c.redirect(`${back}?refused=invalid`, 303);
      const outcome = await takeRecapStep(deps, siteId, officerId, id, step, deps.clock.now());
      return c.redirect(
        outcome === 'done' ? `${back}?done=${kind}` : `${back}?refused=${encodeURIComponent(outcome)}`,
        303,
      );
    });
  }

  for (const kind of ['pdf', 'xlsx'] as const) {
    app.get(`/recaps/:id/${kind}`, guard, async (c) => {
      if (!mayRead(c)) return c.text('', 403);
      const { siteId, officerId, frame } = c.get('signedIn');
      const recap = await siteRecap(deps.db, siteId, c.req.param('id') ?? '');
      if (!recap) return c.redirect('/admin/recaps', 303);
      const bytes =
        kind === 'pdf'
          ? await recapPdf(deps.db, siteId, recap, frame.lang)
          : await recapXlsx(deps.db, siteId, recap);
      await auditRead(
        deps.db,
        {
          siteId,
          officerId,
          action: `admin.recap.${kind}`,
          entity: 'recap',
          entityId: recap.id,
          details: { period: recap.period, revision: recap.revision },
        },
        deps.clock.now(),
      );
      return c.body(new Uint8Array(bytes), 200, {
        'Content-Type':
          kind === 'pdf'
            ? 'application/pdf'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${recapFileName(recap, kind)}"`,
      });
    });
  }
}
