import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import {
  Alert,
  Button,
  Grid,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { floorPlanSchema, landmarkKinds, type FloorPlan, type LandmarkKind } from '../../../shared/contract';
import { autoLayout } from '../../../shared/places/autoLayout';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { FormError } from '../forms/FormError';
import { map } from '../../../shared/theme/tokens';
import { freeSpot, placedAt, type Box } from './floorPlanGeometry';
import { DeskShape, LandmarkShape } from './PlanShapes';

type Item = { kind: 'desk'; number: number } | { kind: 'landmark'; index: number };
type Save = ReturnType<typeof useApiMutation<'floorPlan.save'>>;

const MIN_GRID = 4;
const MAX_GRID = 60;
const MAX_SPAN = 20;
const NEW_DESK = { w: 2, h: 1 } as const;
/** A pointer that moves less than this (px) between down and up tapped, it did not drag. */
const TAP_SLOP = 6;

const sameItem = (a: Item | null, b: Item | null) =>
  !!a &&
  !!b &&
  (a.kind === 'desk' && b.kind === 'desk'
    ? a.number === b.number
    : a.kind === 'landmark' && b.kind === 'landmark' && a.index === b.index);
const itemPath = (plan: FloorPlan, item: Item) =>
  item.kind === 'desk'
    ? `desks.${plan.desks.findIndex((d) => d.number === item.number)}`
    : `landmarks.${item.index}`;

/** Grid cells under a pointer, from its screen position (the SVG's user units are cells). */
function cellAt(svg: SVGSVGElement, clientX: number, clientY: number): { x: number; y: number } | null {
  const ctm = svg.getScreenCTM();
  if (!ctm) return null;
  const p = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
  return { x: p.x, y: p.y };
}

/** What is wrong with the draft, by item path ('desks.3'): the contract's own checks and unknown desks. */
function problemsOf(plan: FloorPlan, inService: ReadonlySet<number>): Map<string, string> {
  const problems = new Map<string, string>();
  const parsed = floorPlanSchema.safeParse(plan);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const path = issue.path.slice(0, 2).join('.');
      if (!problems.has(path)) problems.set(path, issue.message);
    }
  plan.desks.forEach((d, i) => {
    if (!inService.has(d.number) && !problems.has(`desks.${i}`))
      problems.set(`desks.${i}`, 'plan.notInService');
  });
  return problems;
}

function Editor({
  saved,
  deskNumbers,
  save,
}: {
  saved: FloorPlan | null;
  deskNumbers: readonly number[];
  save: Save;
}) {
  const { t } = useTranslation();
  const start = saved ?? autoLayout(deskNumbers);
  const [draft, setDraft] = useState<FloorPlan>(start);
  const [selected, setSelected] = useState<Item | null>(null);
  const [said, setSaid] = useState('');
  const svg = useRef<SVGSVGElement | null>(null);
  const drag = useRef<{ item: Item; from: { x: number; y: number }; origin: Box } | null>(null);
  const placing = useRef<{ number: number; x: number; y: number; dragged: boolean } | null>(null);

  const inService = new Set(deskNumbers);
  const dirty = JSON.stringify(draft) !== JSON.stringify(start);
  const problems = problemsOf(draft, inService);
  // The core's refusal of the last save, by item, while the draft is still the one it refused.
  const refused = save.isError && JSON.stringify(save.variables) === JSON.stringify(draft);
  const serverFields = (refused && save.error.appError.fields) || {};
  const onMap = new Set(draft.desks.map((d) => d.number));
  const unplaced = deskNumbers.filter((n) => !onMap.has(n));

  const landmarkName = (kind: LandmarkKind, label: string | null) => label ?? t(`map.landmark.${kind}`);
  const itemName = (item: Item) => {
    if (item.kind === 'desk') return t('board.deskN', { desk: item.number });
    const l = draft.landmarks[item.index];
    return l ? landmarkName(l.kind, l.label) : '';
  };
  const boxOf = (item: Item): Box | undefined =>
    item.kind === 'desk' ? draft.desks.find((d) => d.number === item.number) : draft.landmarks[item.index];
  const where = (item: Item) => {
    const b = boxOf(item);
    return b ? t('plan.where', { name: itemName(item), col: b.x + 1, row: b.y + 1 }) : '';
  };

  const update = (item: Item, change: (b: Box) => Partial<Box>) =>
    setDraft((plan) =>
      item.kind === 'desk'
        ? { ...plan, desks: plan.desks.map((d) => (d.number === item.number ? { ...d, ...change(d) } : d)) }
        : {
            ...plan,
            landmarks: plan.landmarks.map((l, i) => (i === item.index ? { ...l, ...change(l) } : l)),
          },
    );
  const moveTo = (item: Item, x: number, y: number) => update(item, (b) => placedAt(b, x, y, draft));
  const remove = (item: Item) => {
    setSelected(null);
    setDraft((plan) =>
      item.kind === 'desk'
        ? { ...plan, desks: plan.desks.filter((d) => d.number !== item.number) }
        : { ...plan, landmarks: plan.landmarks.filter((_, i) => i !== item.index) },
    );
    setSaid(t('plan.removed', { name: itemName(item) }));
  };
  const placeDesk = (number: number, at?: { x: number; y: number }) => {
    const spot = at ?? freeSpot(draft, NEW_DESK.w, NEW_DESK.h) ?? { x: 0, y: 0 };
    const desk = placedAt({ number, ...NEW_DESK, x: 0, y: 0 }, spot.x, spot.y, draft);
    setDraft((plan) => ({ ...plan, desks: [...plan.desks, desk] }));
    setSelected({ kind: 'desk', number });
    setSaid(t('plan.where', { name: t('board.deskN', { desk: number }), col: desk.x + 1, row: desk.y + 1 }));
  };
  const addLandmark = (kind: LandmarkKind) => {
    const size = kind === 'window' ? { w: 3, h: 1 } : { w: 2, h: 2 };
    const spot = freeSpot(draft, size.w, size.h) ?? { x: 0, y: 0 };
    setDraft((plan) => ({
      ...plan,
      landmarks: [...plan.landmarks, { kind, label: null, ...spot, ...size }],
    }));
    setSelected({ kind: 'landmark', index: draft.landmarks.length });
  };

  // ---- pointer: drag what is on the map; drag an unplaced desk onto it ----
  const onItemPointerDown = (item: Item) => (e: PointerEvent<SVGGElement>) => {
    const box = boxOf(item);
    const at = svg.current && cellAt(svg.current, e.clientX, e.clientY);
    if (!box || !at) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { item, from: at, origin: box };
    setSelected(item);
  };
  const onItemPointerMove = (e: PointerEvent<SVGGElement>) => {
    const d = drag.current;
    const at = d && svg.current && cellAt(svg.current, e.clientX, e.clientY);
    if (!d || !at) return;
    const x = Math.round(d.origin.x + at.x - d.from.x);
    const y = Math.round(d.origin.y + at.y - d.from.y);
    const now = boxOf(d.item);
    if (now && (now.x !== x || now.y !== y)) moveTo(d.item, x, y);
  };
  const onItemPointerUp = () => {
    const d = drag.current;
    drag.current = null;
    if (d) setSaid(where(d.item));
  };
  const onChipPointerDown = (number: number) => (e: PointerEvent<HTMLButtonElement>) => {
    placing.current = { number, x: e.clientX, y: e.clientY, dragged: false };
    const move = (ev: globalThis.PointerEvent) => {
      const p = placing.current;
      if (p && Math.hypot(ev.clientX - p.x, ev.clientY - p.y) > TAP_SLOP) p.dragged = true;
    };
    const up = (ev: globalThis.PointerEvent) => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      const p = placing.current;
      const el = svg.current;
      if (!p?.dragged || !el) return;
      const r = el.getBoundingClientRect();
      const inGrid =
        ev.clientX >= r.left && ev.clientX <= r.right && ev.clientY >= r.top && ev.clientY <= r.bottom;
      const at = inGrid ? cellAt(el, ev.clientX, ev.clientY) : null;
      if (at) placeDesk(p.number, { x: Math.floor(at.x), y: Math.floor(at.y) });
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };
  const onChipClick = (number: number) => {
    // A drag ended on pointerup (placed where it was dropped, or dropped off the map): not a tap.
    const p = placing.current;
    placing.current = null;
    if (!p?.dragged) placeDesk(number);
  };

  // ---- keyboard: arrows move the focused item a cell, Delete takes it off ----
  const onItemKeyDown = (item: Item) => (e: KeyboardEvent<SVGGElement>) => {
    const box = boxOf(item);
    if (!box) return;
    const step: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
    };
    const move = step[e.key];
    if (move) {
      e.preventDefault();
      const next = placedAt(box, box.x + move[0], box.y + move[1], draft);
      moveTo(item, next.x, next.y);
      setSaid(t('plan.where', { name: itemName(item), col: next.x + 1, row: next.y + 1 }));
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      remove(item);
    }
  };

  const itemProps = (item: Item) => {
    const path = itemPath(draft, item);
    const wrong = problems.has(path) || path in serverFields;
    return {
      tabIndex: 0,
      role: 'button',
      'aria-label': `${where(item)}. ${t('plan.moveHint')}`,
      'aria-pressed': sameItem(item, selected),
      'data-item': '',
      state: wrong ? ('invalid' as const) : sameItem(item, selected) ? ('selected' as const) : undefined,
      style: { cursor: 'grab' },
      onPointerDown: onItemPointerDown(item),
      onPointerMove: onItemPointerMove,
      onPointerUp: onItemPointerUp,
      onPointerCancel: onItemPointerUp,
      onKeyDown: onItemKeyDown(item),
      onFocus: () => setSelected(item),
    };
  };

  const problemList = [...problems.entries(), ...Object.entries(serverFields)].map(([path, key]) => {
    const [kind, index] = path.split('.');
    const item: Item | null =
      kind === 'desks' && draft.desks[Number(index)]
        ? { kind: 'desk', number: draft.desks[Number(index)]!.number }
        : kind === 'landmarks'
          ? { kind: 'landmark', index: Number(index) }
          : null;
    return { path, text: `${item ? `${itemName(item)}: ` : ''}${t(key)}` };
  });
  const selectedBox = selected ? boxOf(selected) : undefined;
  const selectedLandmark = selected?.kind === 'landmark' ? draft.landmarks[selected.index] : undefined;
  const spanInput = (dim: 'w' | 'h') =>
    selected &&
    selectedBox && (
      <NumberInput
        label={t(dim === 'w' ? 'plan.width' : 'plan.height')}
        min={1}
        max={MAX_SPAN}
        allowDecimal={false}
        w={120}
        value={selectedBox[dim]}
        onChange={(v) =>
          typeof v === 'number' && update(selected, () => ({ [dim]: Math.max(1, Math.min(MAX_SPAN, v)) }))
        }
        data-testid={`plan-${dim}`}
      />
    );

  return (
    <Stack gap="sm" data-testid="plan-editor">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2} size="h3">
            {t('plan.title')}
          </Title>
          <Text size="sm" c="gray.8">
            {saved ? t('plan.explain') : t('plan.explainNew')}
          </Text>
        </Stack>
        <Group gap="sm" align="flex-end">
          <NumberInput
            label={t('plan.columns')}
            min={MIN_GRID}
            max={MAX_GRID}
            allowDecimal={false}
            w={110}
            value={draft.columns}
            onChange={(v) => typeof v === 'number' && setDraft((p) => ({ ...p, columns: v }))}
            data-testid="plan-columns"
          />
          <NumberInput
            label={t('plan.rows')}
            min={MIN_GRID}
            max={MAX_GRID}
            allowDecimal={false}
            w={110}
            value={draft.rows}
            onChange={(v) => typeof v === 'number' && setDraft((p) => ({ ...p, rows: v }))}
            data-testid="plan-rows"
          />
          <Button
            variant="default"
            onClick={() => {
              setDraft(autoLayout(deskNumbers));
              setSelected(null);
            }}
            data-testid="plan-auto"
          >
            {t('plan.auto')}
          </Button>
        </Group>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <svg
            ref={svg}
            className="plan-editor-svg"
            viewBox={`0 0 ${draft.columns} ${draft.rows}`}
            role="group"
            aria-label={t('plan.gridLabel', { columns: draft.columns, rows: draft.rows })}
            data-testid="plan-grid"
          >
            {Array.from({ length: draft.columns + 1 }, (_, x) => (
              <line key={`x${x}`} x1={x} y1={0} x2={x} y2={draft.rows} stroke={map.grid} strokeWidth={0.03} />
            ))}
            {Array.from({ length: draft.rows + 1 }, (_, y) => (
              <line
                key={`y${y}`}
                x1={0}
                y1={y}
                x2={draft.columns}
                y2={y}
                stroke={map.grid}
                strokeWidth={0.03}
              />
            ))}
            {draft.landmarks.map((l, index) => (
              <LandmarkShape
                key={`l${index}`}
                landmark={l}
                name={landmarkName(l.kind, l.label)}
                {...itemProps({ kind: 'landmark', index })}
                data-testid={`plan-landmark-${index}`}
              />
            ))}
            {draft.desks.map((d) => (
              <DeskShape
                key={d.number}
                desk={d}
                {...itemProps({ kind: 'desk', number: d.number })}
                data-testid={`plan-desk-${d.number}`}
                data-x={d.x}
                data-y={d.y}
              />
            ))}
          </svg>
          <VisuallyHidden role="status" aria-live="polite" data-testid="plan-said">
            {said}
          </VisuallyHidden>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <Paper withBorder p="sm" data-testid="plan-selected">
              {selected && selectedBox ? (
                <Stack gap="xs">
                  <Text fw={700}>{where(selected)}</Text>
                  {selectedLandmark && selected.kind === 'landmark' && (
                    <Group grow align="flex-end">
                      <Select
                        label={t('plan.kind')}
                        data={landmarkKinds.map((k) => ({ value: k, label: t(`map.landmark.${k}`) }))}
                        value={selectedLandmark.kind}
                        allowDeselect={false}
                        onChange={(v) =>
                          v &&
                          setDraft((p) => ({
                            ...p,
                            landmarks: p.landmarks.map((l, i) =>
                              i === selected.index ? { ...l, kind: v as LandmarkKind } : l,
                            ),
                          }))
                        }
                        data-testid="plan-kind"
                      />
                      <TextInput
                        label={t('plan.labelText')}
                        placeholder={t(`map.landmark.${selectedLandmark.kind}`)}
                        maxLength={40}
                        value={selectedLandmark.label ?? ''}
                        onChange={(e) => {
                          const label = e.currentTarget.value;
                          setDraft((p) => ({
                            ...p,
                            landmarks: p.landmarks.map((l, i) =>
                              i === selected.index ? { ...l, label: label.trim() ? label : null } : l,
                            ),
                          }));
                        }}
                        data-testid="plan-label"
                      />
                    </Group>
                  )}
                  <Group align="flex-end">
                    {spanInput('w')}
                    {spanInput('h')}
                  </Group>
                  <Group>
                    <Button
                      variant="outline"
                      color="red.9"
                      onClick={() => remove(selected)}
                      data-testid="plan-remove"
                    >
                      {selected.kind === 'desk' ? t('plan.takeOff') : t('plan.removeLandmark')}
                    </Button>
                  </Group>
                </Stack>
              ) : (
                <Text size="sm" c="gray.8">
                  {t('plan.selectHint')}
                </Text>
              )}
            </Paper>
            <Stack gap={6} data-testid="plan-unplaced">
              <Text fw={700}>{t('plan.unplacedTitle', { count: unplaced.length })}</Text>
              {unplaced.length === 0 ? (
                <Text size="sm" c="gray.8">
                  {t('plan.allPlaced')}
                </Text>
              ) : (
                <>
                  <Text size="sm" c="gray.8">
                    {t('plan.unplacedHint')}
                  </Text>
                  <Group gap={6}>
                    {unplaced.map((n) => (
                      <Button
                        key={n}
                        size="sm"
                        variant="default"
                        onPointerDown={onChipPointerDown(n)}
                        onClick={() => onChipClick(n)}
                        style={{ touchAction: 'none' }}
                        data-testid={`plan-unplaced-${n}`}
                      >
                        {t('board.deskN', { desk: n })}
                      </Button>
                    ))}
                  </Group>
                </>
              )}
            </Stack>
            <AddLandmark onAdd={addLandmark} />
          </Stack>
        </Grid.Col>
      </Grid>
      {problemList.length > 0 && (
        <Alert color="red" role="alert" data-testid="plan-problems">
          <Stack gap={2}>
            {problemList.map((p) => (
              <Text key={p.path} size="sm">
                {p.text}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      <FormError error={save.error?.appError} shownFields={Object.keys(serverFields)} />
      {save.isSuccess && !dirty && (
        <Alert color="green" role="status" py={6} data-testid="plan-saved">
          {t('plan.saved')}
        </Alert>
      )}
      <Group>
        <Button
          onClick={() => {
            if (problems.size === 0) save.mutate(draft);
          }}
          disabled={problems.size > 0}
          loading={save.isPending}
          data-testid="plan-save"
        >
          {t('plan.save')}
        </Button>
        <Button
          variant="default"
          disabled={!dirty}
          onClick={() => {
            setDraft(start);
            setSelected(null);
          }}
          data-testid="plan-reset"
        >
          {t('plan.reset')}
        </Button>
      </Group>
    </Stack>
  );
}

function AddLandmark({ onAdd }: { onAdd: (kind: LandmarkKind) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<LandmarkKind>('entrance');
  return (
    <Group align="flex-end" gap="sm" data-testid="plan-add-landmark">
      <Select
        label={t('plan.addLandmarkLabel')}
        data={landmarkKinds.map((k) => ({ value: k, label: t(`map.landmark.${k}`) }))}
        value={kind}
        allowDeselect={false}
        onChange={(v) => v && setKind(v as LandmarkKind)}
        w={200}
        data-testid="plan-new-kind"
      />
      <Button variant="default" onClick={() => onAdd(kind)} data-testid="plan-add">
        {t('plan.addLandmark')}
      </Button>
    </Group>
  );
}

/**
 * Settings → Denah ruangan (issue 9): the officer places the desks and landmarks on a grid (drag, or
 * select and use the arrow keys), starting from an automatic layout, and saves it with floorPlan.save;
 * the kiosk then shows it after a check-in with the visitor's desk lit.
 */
export function FloorPlanSettings({ session }: { session: string }) {
  const { t } = useTranslation();
  const plan = useApiQuery('floorPlan.get', {});
  const desks = useApiQuery('desks.list', {});
  // Kept here, so "Tersimpan" survives the fresh editor the core's change event brings.
  const save = useApiMutation('floorPlan.save', { session });
  if (plan.isPending || !desks.data) return <Text>{t('board.loading')}</Text>;
  return (
    <Editor
      // A fresh draft for each version the core holds: after a save here, or a change from another desk.
      key={plan.dataUpdatedAt}
      saved={plan.data ?? null}
      deskNumbers={desks.data.items.map((d) => d.number)}
      save={save}
    />
  );
}
