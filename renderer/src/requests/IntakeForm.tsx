// "Catat permohonan": the officer types in a request from a letter or Srikandi. The type (settings)
// decides which fields are shown and which are required; the core's rules check the intake while it
// is typed (requests.check, debounced) and list every failure at the side, with the room's clashes and
// the nearest free slots (a click fills the slot in). Filing (requests.file) carries a fresh key per
// form, so a retried submit never files twice; a refusal puts each failure under its field.
import { useEffect, useMemo, useState } from 'react';
import {
  Button,
  Checkbox,
  FileButton,
  Grid,
  Group,
  List,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../shared/contract';
import type { RequestCheck, RequestSummary } from '../../../shared/contract/requests';
import { letterChannels, type LetterChannel, type LetterFileRef } from '../../../shared/requests/intake';
import type { RequestSettings, RequestType } from '../../../shared/requests/requestSettings';
import { appErrorOf } from '../api/ApiError';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { DayInput } from '../dates/DayInput';
import { langOf } from '../dates/dates';
import { useDates } from '../dates/useDates';
import { FormError } from '../forms/FormError';
import { Notice, roomName } from './RequestBits';
import {
  clockText,
  failureParams,
  fieldOfPath,
  fileSizeText,
  freshRequestKey,
  normaliseTime,
  proposedEnd,
  timeRangeText,
  type FormField,
} from './requestsText';

interface IntakeValues {
  typeId: string;
  office: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  subject: string;
  letterNumber: string;
  letterDate: string;
  letterReceivedOn: string;
  via: LetterChannel;
  agendaNumber: string;
  file: LetterFileRef | null;
  roomId: string;
  day: string;
  start: string;
  end: string;
  participants: number | '';
  layout: string;
  equipment: string[];
  application: string;
  testDay: string;
  testTime: string;
  noBuffet: boolean;
  notes: string;
}

const blank = (typeId: string, today: string, roomId: string): IntakeValues => ({
  typeId,
  office: '',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
  subject: '',
  letterNumber: '',
  letterDate: '',
  letterReceivedOn: today,
  via: 'desk',
  agendaNumber: '',
  file: null,
  roomId,
  day: '',
  start: '',
  end: '',
  participants: '',
  layout: '',
  equipment: [],
  application: '',
  testDay: '',
  testTime: '',
  noBuffet: false,
  notes: '',
});

type IntakeInput = MethodInput<'requests.check'>;

/** The form's values as the contract's intake (an application request has no room or time). */
function intakeOf(v: IntakeValues, type: RequestType | undefined): IntakeInput {
  const room = type?.kind !== 'application';
  const testTime = normaliseTime(v.testTime);
  return {
    typeId: v.typeId,
    office: v.office,
    contactName: v.contactName,
    contactPhone: v.contactPhone,
    contactEmail: v.contactEmail,
    subject: v.subject,
    letter: {
      number: v.letterNumber,
      date: v.letterDate || null,
      receivedOn: v.letterReceivedOn || null,
      via: v.via,
      file: v.file,
      agendaNumber: v.agendaNumber,
    },
    event: room
      ? {
          roomId: v.roomId || null,
          day: v.day || null,
          start: normaliseTime(v.start) || null,
          end: normaliseTime(v.end) || null,
          participants: v.participants === '' ? null : v.participants,
          layout: v.layout,
          equipment: v.equipment,
          application: v.application,
          connectionTest:
            type?.connectionTest && v.testDay && testTime ? { day: v.testDay, time: testTime } : null,
        }
      : {},
    noBuffet: type?.requireNoBuffet ? v.noBuffet : false,
    notes: v.notes,
  };
}

const readBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });

export function IntakeForm({
  session,
  settings,
  onFiled,
}: {
  session: string;
  settings: RequestSettings;
  onFiled: (summary: RequestSummary) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const dates = useDates();
  const today = dates.today ?? '';
  const types = settings.types.filter((ty) => ty.active);
  const rooms = settings.rooms.filter((r) => r.active);
  const form = useForm<IntakeValues>({
    mode: 'controlled',
    initialValues: blank(types[0]?.id ?? '', today, rooms[0]?.id ?? ''),
  });
  const v = form.values;
  const type = settings.types.find((ty) => ty.id === v.typeId);
  const isRoom = type?.kind !== 'application';
  const required = new Set<string>(type?.required ?? []);
  const [requestKey, setRequestKey] = useState(freshRequestKey);
  // A time typed or filled in is shown as the language writes it ("10.00"); sent as 'HH:MM'.
  const shownTime = (hhmm: string) => (/^\d{2}:\d{2}$/.test(hhmm) ? clockText(hhmm, lang) : hhmm);
  const [showErrors, setShowErrors] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);

  // The site's today arrives with app.info; a form opened before keeps its receipt day empty.
  useEffect(() => {
    if (today && form.values.letterReceivedOn === '') form.setFieldValue('letterReceivedOn', today);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [today]);

  const upload = useApiMutation('requests.upload', { session });
  const file = useApiMutation('requests.file', { session });
  const intake = useMemo(() => intakeOf(v, type), [v, type]);
  // The refusal's one-line message stands until the officer changes something.
  const resetFile = file.reset;
  const refused = file.isError;
  useEffect(() => {
    if (refused) resetFile();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [intake]);
  const [checked] = useDebouncedValue(intake, 400);
  const check = useApiQuery('requests.check', checked, {
    session,
    enabled: checked.typeId !== '',
    keepPrevious: true,
  });

  const result: RequestCheck | undefined = check.data;
  const checkError = appErrorOf(check.error);
  const fileError = file.error?.appError ?? null;

  /** Every message a field carries: the live rules' failures, and the core's refusal of its format. */
  const fieldMessages = useMemo(() => {
    const out = new Map<FormField, string[]>();
    const add = (field: FormField, text: string) => out.set(field, [...(out.get(field) ?? []), text]);
    for (const f of result?.failures ?? []) {
      const text =
        f.rule === 'incomplete'
          ? t('requests.form.required')
          : t(f.messageKey, failureParams(f.params, dates.day, lang));
      for (const field of f.fields) add(field as FormField, text);
    }
    // A format the core refused (a phone that is no phone) where the rules say nothing. The filing's
    // refusal names the same fields as the check of the same values, so the live check speaks for it
    // and its messages go as soon as a field is put right.
    for (const error of [checkError]) {
      for (const [path, key] of Object.entries(error?.fields ?? {})) {
        const field = fieldOfPath(path);
        if (field && !out.has(field))
          add(field, key === 'errors.requests.incomplete' ? t('requests.form.required') : t(key));
      }
    }
    return out;
  }, [result, checkError, t, dates.day, lang]);
  const errorOf = (field: FormField) => {
    if (!showErrors) return undefined;
    const messages = [...new Set(fieldMessages.get(field) ?? [])];
    return messages.length > 0 ? messages.join(' ') : undefined;
  };

  const pickFile = async (picked: File | null) => {
    if (!picked) return;
    setUploadError(null);
    try {
      const contentBase64 = await readBase64(picked);
      upload.mutate(
        { name: picked.name, contentBase64 },
        {
          onSuccess: (ref) => form.setFieldValue('file', ref),
          onError: (e) => setUploadError(t(e.appError.messageKey, e.appError.params)),
        },
      );
    } catch {
      setUploadError(t('requests.form.fileUnreadable'));
    }
  };

  const fillSlot = (slot: { day: string; start: string; end: string }) => {
    form.setValues({ day: slot.day, start: shownTime(slot.start), end: shownTime(slot.end) });
  };

  const submit = () => {
    setShowErrors(true);
    file.mutate(
      { intake, requestKey },
      {
        onSuccess: (summary) => {
          onFiled(summary);
          form.setValues(blank(v.typeId, today, v.roomId));
          setRequestKey(freshRequestKey());
          setShowErrors(false);
          file.reset();
        },
      },
    );
  };

  const failures = result?.failures ?? [];
  const clashes = result?.clashes ?? [];
  const freeSlots = result?.freeSlots ?? [];
  const missing = failures.find((f) => f.rule === 'incomplete');
  const otherFailures = failures.filter((f) => f.rule !== 'incomplete');
  const ready = result !== undefined && failures.length === 0 && clashes.length === 0 && !checkError;
  const mark = (field: string) => required.has(field);

  return (
    <form
      noValidate
      data-testid="intake-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <Paper withBorder p="md">
              <Title order={3} size="h4" mb="xs">
                {t('requests.form.sectionType')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <Select
                  label={t('requests.form.type')}
                  data={types.map((ty) => ({ value: ty.id, label: ty.name[lang] }))}
                  value={v.typeId}
                  onChange={(id) => id && form.setFieldValue('typeId', id)}
                  allowDeselect={false}
                  withAsterisk
                  data-testid="intake-type"
                />
                <div>
                  <Text size="sm" fw={500} mb={4}>
                    {t('requests.form.via')}
                  </Text>
                  <SegmentedControl
                    fullWidth
                    value={v.via}
                    onChange={(x) => form.setFieldValue('via', x as LetterChannel)}
                    data={letterChannels
                      .filter((c) => c !== 'portal')
                      .map((c) => ({ value: c, label: t(`requests.via.${c}`) }))}
                    aria-label={t('requests.form.via')}
                    data-testid="intake-via"
                  />
                </div>
              </SimpleGrid>
              {type && (
                <Text size="sm" c="gray.8" mt="xs" data-testid="intake-type-hint">
                  {t(`requests.form.leadTime_${type.leadTime.from}`, {
                    count: type.leadTime.days,
                    basis: t(`requests.form.basis_${type.leadTime.basis}`),
                  })}
                </Text>
              )}
            </Paper>

            <Paper withBorder p="md">
              <Title order={3} size="h4" mb="xs">
                {t('requests.form.sectionRequester')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2, xl: 4 }} spacing="sm">
                <TextInput
                  label={t('requests.field.office')}
                  placeholder={t('requests.form.officeHint')}
                  withAsterisk={mark('office')}
                  {...form.getInputProps('office')}
                  error={errorOf('office')}
                  data-testid="intake-office"
                />
                <TextInput
                  label={t('requests.field.contactName')}
                  withAsterisk={mark('contactName')}
                  {...form.getInputProps('contactName')}
                  error={errorOf('contactName')}
                  data-testid="intake-contactName"
                />
                <TextInput
                  label={t('requests.field.contactPhone')}
                  placeholder="0812 3456 7890"
                  inputMode="tel"
                  withAsterisk={mark('contactPhone')}
                  {...form.getInputProps('contactPhone')}
                  error={errorOf('contactPhone')}
                  data-testid="intake-contactPhone"
                />
                <TextInput
                  label={t('requests.field.contactEmail')}
                  placeholder="nama@instansi.go.id"
                  type="email"
                  withAsterisk={mark('contactEmail')}
                  {...form.getInputProps('contactEmail')}
                  error={errorOf('contactEmail')}
                  data-testid="intake-contactEmail"
                />
              </SimpleGrid>
              <TextInput
                mt="sm"
                label={t('requests.field.subject')}
                placeholder={t('requests.form.subjectHint')}
                withAsterisk={mark('subject')}
                {...form.getInputProps('subject')}
                error={errorOf('subject')}
                data-testid="intake-subject"
              />
            </Paper>

            <Paper withBorder p="md">
              <Title order={3} size="h4" mb="xs">
                {t('requests.form.sectionLetter')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2, xl: 4 }} spacing="sm">
                <TextInput
                  label={t('requests.field.letterNumber')}
                  withAsterisk={mark('letterNumber')}
                  {...form.getInputProps('letterNumber')}
                  error={errorOf('letterNumber')}
                  data-testid="intake-letterNumber"
                />
                <DayInput
                  label={t('requests.field.letterDate')}
                  withAsterisk={mark('letterDate')}
                  value={v.letterDate}
                  onChange={(d) => form.setFieldValue('letterDate', d)}
                  error={errorOf('letterDate')}
                  clearable
                  testId="intake-letterDate"
                />
                <DayInput
                  label={t('requests.field.letterReceivedOn')}
                  withAsterisk={mark('letterReceivedOn')}
                  value={v.letterReceivedOn}
                  onChange={(d) => form.setFieldValue('letterReceivedOn', d)}
                  error={errorOf('letterReceivedOn')}
                  testId="intake-letterReceivedOn"
                />
                <TextInput
                  label={t('requests.form.agendaNumber')}
                  {...form.getInputProps('agendaNumber')}
                  data-testid="intake-agendaNumber"
                />
              </SimpleGrid>
              <Group mt="sm" gap="sm" align="center">
                <FileButton
                  onChange={(f) => void pickFile(f)}
                  accept="application/pdf,image/png,image/jpeg"
                  inputProps={{ 'data-testid': 'intake-file-input' } as never}
                >
                  {(props) => (
                    <Button
                      variant="default"
                      loading={upload.isPending}
                      {...props}
                      data-testid="intake-file-pick"
                    >
                      {v.file ? t('requests.form.fileReplace') : t('requests.form.filePick')}
                    </Button>
                  )}
                </FileButton>
                {v.file ? (
                  <Group gap="xs" data-testid="intake-file">
                    <Text size="sm" fw={600}>
                      {v.file.name}
                    </Text>
                    <Text size="sm" c="gray.8">
                      {fileSizeText(v.file.size, lang)}
                    </Text>
                    <Button
                      variant="default"
                      c="red.9"
                      size="compact-sm"
                      onClick={() => form.setFieldValue('file', null)}
                    >
                      {t('requests.form.fileRemove')}
                    </Button>
                  </Group>
                ) : (
                  <Text size="sm" c="gray.8">
                    {t('requests.form.fileHint')}
                    {mark('letterFile') ? ` ${t('requests.form.fileRequired')}` : ''}
                  </Text>
                )}
              </Group>
              {(uploadError || errorOf('letterFile')) && (
                <Text size="sm" c="red.9" mt={4} role="alert" data-testid="intake-file-error">
                  {uploadError ?? errorOf('letterFile')}
                </Text>
              )}
            </Paper>

            {isRoom && (
              <Paper withBorder p="md">
                <Title order={3} size="h4" mb="xs">
                  {t('requests.form.sectionEvent')}
                </Title>
                <Grid gap="sm">
                  <Grid.Col span={{ base: 12, sm: 6, xl: 4 }}>
                    <Select
                      label={t('requests.field.room')}
                      data={rooms.map((r) => ({
                        value: r.id,
                        label: t('requests.form.roomOption', { name: r.name, capacity: r.capacity }),
                      }))}
                      value={v.roomId || null}
                      onChange={(id) => form.setFieldValue('roomId', id ?? '')}
                      withAsterisk={mark('room')}
                      error={errorOf('room')}
                      data-testid="intake-room"
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6, xl: 3 }}>
                    <DayInput
                      label={t('requests.field.day')}
                      withAsterisk={mark('day')}
                      value={v.day}
                      onChange={(d) => form.setFieldValue('day', d)}
                      error={errorOf('day')}
                      minDay={today || undefined}
                      testId="intake-day"
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6, xl: 3 }}>
                    <Group grow gap="xs" align="flex-start">
                      <TextInput
                        label={t('requests.form.start')}
                        placeholder="09.00"
                        maxLength={5}
                        inputMode="numeric"
                        autoComplete="off"
                        withAsterisk={mark('time')}
                        value={v.start}
                        onChange={(e) => form.setFieldValue('start', e.currentTarget.value)}
                        onBlur={() => {
                          const start = normaliseTime(v.start);
                          form.setFieldValue('start', shownTime(start));
                          if (!v.end && type)
                            form.setFieldValue('end', shownTime(proposedEnd(start, type.defaultMinutes)));
                        }}
                        error={errorOf('time')}
                        data-testid="intake-start"
                      />
                      <TextInput
                        label={t('requests.form.end')}
                        placeholder="11.00"
                        maxLength={5}
                        inputMode="numeric"
                        autoComplete="off"
                        value={v.end}
                        onChange={(e) => form.setFieldValue('end', e.currentTarget.value)}
                        onBlur={() => form.setFieldValue('end', shownTime(normaliseTime(v.end)))}
                        error={errorOf('time') ? ' ' : undefined}
                        data-testid="intake-end"
                      />
                    </Group>
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6, xl: 2 }}>
                    <NumberInput
                      label={t('requests.field.participants')}
                      min={1}
                      max={5000}
                      allowDecimal={false}
                      withAsterisk={mark('participants')}
                      value={v.participants}
                      onChange={(n) => form.setFieldValue('participants', typeof n === 'number' ? n : '')}
                      error={errorOf('participants')}
                      data-testid="intake-participants"
                    />
                  </Grid.Col>
                </Grid>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="sm">
                  <TextInput
                    label={t('requests.field.layout')}
                    placeholder={t('requests.form.layoutExample')}
                    withAsterisk={mark('layout')}
                    {...form.getInputProps('layout')}
                    error={errorOf('layout')}
                    data-testid="intake-layout"
                  />
                  <TagsInput
                    label={t('requests.field.equipment')}
                    description={t('requests.form.equipmentHint')}
                    data={t('requests.form.equipmentSuggestions').split('|')}
                    withAsterisk={mark('equipment')}
                    value={v.equipment}
                    onChange={(tags) => form.setFieldValue('equipment', tags)}
                    error={errorOf('equipment')}
                    maxTags={20}
                    clearable
                    data-testid="intake-equipment"
                  />
                </SimpleGrid>
                {(type?.connectionTest || mark('application')) && (
                  <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" mt="sm">
                    <TextInput
                      label={t('requests.field.application')}
                      placeholder="Zoom, Google Meet"
                      withAsterisk={mark('application')}
                      {...form.getInputProps('application')}
                      error={errorOf('application')}
                      data-testid="intake-application"
                    />
                    {type?.connectionTest && (
                      <>
                        <DayInput
                          label={t('requests.form.testDay')}
                          value={v.testDay}
                          onChange={(d) => form.setFieldValue('testDay', d)}
                          error={errorOf('connectionTest')}
                          clearable
                          testId="intake-testDay"
                        />
                        <TextInput
                          label={t('requests.form.testTime')}
                          placeholder="13.00"
                          maxLength={5}
                          inputMode="numeric"
                          autoComplete="off"
                          withAsterisk={mark('connectionTest')}
                          value={v.testTime}
                          onChange={(e) => form.setFieldValue('testTime', e.currentTarget.value)}
                          onBlur={() => form.setFieldValue('testTime', shownTime(normaliseTime(v.testTime)))}
                          data-testid="intake-testTime"
                        />
                      </>
                    )}
                  </SimpleGrid>
                )}
                {type?.requireNoBuffet && (
                  <Checkbox
                    mt="md"
                    label={t('requests.form.noBuffet')}
                    description={t('requests.form.noBuffetHint')}
                    checked={v.noBuffet}
                    onChange={(e) => form.setFieldValue('noBuffet', e.currentTarget.checked)}
                    error={errorOf('noBuffet')}
                    data-testid="intake-noBuffet"
                  />
                )}
              </Paper>
            )}

            <Textarea
              label={t('requests.form.notes')}
              autosize
              minRows={2}
              maxRows={6}
              {...form.getInputProps('notes')}
              data-testid="intake-notes"
            />
          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Paper withBorder p="md" pos="sticky" top={8} data-testid="intake-check">
            <Group justify="space-between" mb="xs">
              <Title order={3} size="h4">
                {t('requests.check.title')}
              </Title>
              {check.isFetching && (
                <Text size="sm" c="gray.8">
                  {t('requests.check.checking')}
                </Text>
              )}
            </Group>
            {ready ? (
              <Notice tone="ok" title={t('requests.check.ok')} testId="check-ok" />
            ) : (
              <Stack gap="sm">
                {missing && (
                  <Notice
                    tone="error"
                    title={t('requests.check.missingTitle', { count: missing.fields.length })}
                    testId="check-missing"
                  >
                    <List size="sm" spacing={2}>
                      {missing.fields.map((f) => (
                        <List.Item key={f} data-field={f}>
                          {t(`requests.field.${f}`)}
                        </List.Item>
                      ))}
                    </List>
                  </Notice>
                )}
                {otherFailures.length > 0 && (
                  <Notice tone="error" title={t('requests.check.rulesTitle')} testId="check-failures">
                    <List size="sm" spacing={4}>
                      {otherFailures.map((f) => (
                        <List.Item key={f.rule} data-rule={f.rule} data-testid="check-failure">
                          {t(f.messageKey, failureParams(f.params, dates.day, lang))}
                        </List.Item>
                      ))}
                    </List>
                  </Notice>
                )}
                {checkError && <FormError error={checkError} testId="check-error" />}
                <ClashList clashes={clashes} freeSlots={freeSlots} settings={settings} onPick={fillSlot} />
              </Stack>
            )}
            {/* The refusal says so in one line above the button; each failure is under its field. */}
            <FormError error={fileError} testId="intake-refused" />
            <Group mt="md" justify="flex-end">
              <Button
                variant="default"
                onClick={() => {
                  form.setValues(blank(v.typeId, today, v.roomId));
                  setShowErrors(false);
                  file.reset();
                }}
                data-testid="intake-clear"
              >
                {t('requests.form.clear')}
              </Button>
              <Button type="submit" loading={file.isPending} data-testid="intake-submit">
                {t('requests.form.submit')}
              </Button>
            </Group>
          </Paper>
        </Grid.Col>
      </Grid>
    </form>
  );
}

/** The bookings the slot clashes with, and the nearest free slots as buttons that fill the slot in. */
export function ClashList({
  clashes,
  freeSlots,
  settings,
  onPick,
  pickLabel,
}: {
  clashes: RequestCheck['clashes'];
  freeSlots: RequestCheck['freeSlots'];
  settings: RequestSettings | undefined;
  onPick?: (slot: { day: string; start: string; end: string }) => void;
  pickLabel?: string;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  if (clashes.length === 0) return null;
  return (
    <Notice tone="warning" title={t('requests.check.clashTitle')} testId="check-clashes">
      <Stack gap="xs">
        {clashes.map((c) => (
          <div key={c.id} data-testid="clash" data-reference={c.reference}>
            <Group gap="xs">
              <Text size="sm" fw={700} ff="monospace">
                {c.reference}
              </Text>
              <Text size="sm" fw={600}>
                {c.office}
              </Text>
            </Group>
            <Text size="sm">{c.subject}</Text>
            <Text size="sm" className="tabular">
              {dates.day(c.slot.day)} · {timeRangeText(c.slot.start, c.slot.end, dates.lang)} ·{' '}
              {roomName(settings, c.slot.roomId)}
            </Text>
          </div>
        ))}
        {freeSlots.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              {pickLabel ?? t('requests.check.freeSlots')}
            </Text>
            <Group gap="xs">
              {freeSlots.map((s) => (
                <Button
                  key={`${s.day}-${s.start}`}
                  variant="default"
                  size="compact-md"
                  h={40}
                  onClick={() => onPick?.(s)}
                  disabled={!onPick}
                  data-testid="free-slot"
                  data-slot={`${s.day} ${s.start}-${s.end}`}
                >
                  {dates.dayShort(s.day)} · {timeRangeText(s.start, s.end, dates.lang)}
                </Button>
              ))}
            </Group>
          </>
        )}
      </Stack>
    </Notice>
  );
}
