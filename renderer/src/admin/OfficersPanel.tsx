import { useState } from 'react';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contract, newPinSchema, permissions, type Officer, type Role } from '../../../shared/contract';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { FormError } from '../forms/FormError';
import { showServerErrors, useSchemaForm } from '../forms/useSchemaForm';
import { zodErrors } from '../forms/zodErrors';
import { useSignedIn } from '../session/SignedIn';

interface OfficerValues extends Record<string, unknown> {
  fullName: string;
  nip: string;
  position: string | null;
  roles: string[];
  pin: string;
  pinRepeat: string;
}

const FIELDS = ['fullName', 'nip', 'position', 'roles', 'pin', 'pinRepeat'];

const officerInput = (v: OfficerValues) => ({
  fullName: v.fullName,
  nip: v.nip.trim() ? v.nip.trim() : null,
  position: v.position,
  roles: v.roles,
});

function pinErrors(pin: string, repeat: string): Record<string, string> {
  const errors = zodErrors(newPinSchema, pin, () => 'pin');
  if (!errors.pin && pin !== repeat) errors.pinRepeat = 'setup.pinMismatch';
  return errors;
}

/** Two PIN fields (typed by the admin at the desk): the PIN and the same again. */
function PinFields({
  form,
  label,
}: {
  form: ReturnType<typeof useSchemaForm<OfficerValues>>;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={2}>
      <TextInput
        type="password"
        autoComplete="new-password"
        label={label}
        description={t('signIn.newPinRule')}
        withAsterisk
        maxLength={64}
        {...form.getInputProps('pin')}
        data-testid="officer-pin-input"
      />
      <TextInput
        type="password"
        autoComplete="new-password"
        label={t('setup.adminPinRepeat')}
        withAsterisk
        maxLength={64}
        {...form.getInputProps('pinRepeat')}
        data-testid="officer-pin-repeat"
      />
    </SimpleGrid>
  );
}

/** Add an officer, or edit one's name, NIP, position and roles. */
function OfficerDialog({
  officer,
  roles,
  onClose,
}: {
  officer: Officer | null;
  roles: readonly Role[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const create = useApiMutation('officers.create', { session });
  const update = useApiMutation('officers.update', { session });
  const command = officer ? update : create;
  const form = useSchemaForm<OfficerValues>({
    initialValues: {
      fullName: officer?.fullName ?? '',
      nip: officer?.nip ?? '',
      position: officer?.position ?? null,
      roles: officer?.roles ?? ['petugas'],
      pin: '',
      pinRepeat: '',
    },
    validate: (v) => ({
      ...zodErrors(contract['officers.update'].input.omit({ id: true }), officerInput(v)),
      ...(officer ? {} : pinErrors(v.pin, v.pinRepeat)),
    }),
  });
  const positions = roles.filter((r) => r.kind === 'position');
  const roleChoices = roles.filter((r) => r.kind === 'role');
  const onError = (e: { appError: Parameters<typeof showServerErrors>[1] }) =>
    showServerErrors(form, e.appError, FIELDS);

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={
        officer ? t('admin.officers.editTitle', { name: officer.fullName }) : t('admin.officers.addTitle')
      }
      closeButtonProps={{ 'aria-label': t('board.close') }}
    >
      <form
        noValidate
        data-testid="officer-form"
        onSubmit={form.onSubmit((v) =>
          officer
            ? update.mutate({ id: officer.id, ...officerInput(v) }, { onSuccess: onClose, onError })
            : create.mutate({ ...officerInput(v), pin: v.pin }, { onSuccess: onClose, onError }),
        )}
      >
        <Stack>
          <SimpleGrid cols={2}>
            <TextInput
              label={t('admin.officers.fullName')}
              withAsterisk
              maxLength={100}
              {...form.getInputProps('fullName')}
              data-autofocus
              data-testid="officer-name"
            />
            <TextInput
              label={t('admin.officers.nip')}
              description={t('admin.officers.nipHint')}
              maxLength={18}
              inputMode="numeric"
              {...form.getInputProps('nip')}
              data-testid="officer-nip"
            />
          </SimpleGrid>
          <Select
            label={t('admin.officers.position')}
            description={t('admin.officers.positionHint')}
            placeholder={t('admin.officers.noPosition')}
            clearable
            data={positions.map((p) => ({ value: p.id, label: p.name }))}
            {...form.getInputProps('position')}
            data-testid="officer-position"
          />
          <Checkbox.Group
            label={t('admin.officers.roles')}
            description={t('admin.officers.rolesHint')}
            {...form.getInputProps('roles')}
          >
            <Stack gap={6} mt="xs">
              {roleChoices.map((r) => (
                <Checkbox
                  key={r.id}
                  value={r.id}
                  label={r.name}
                  description={
                    r.permissions.length === permissions.length
                      ? t('admin.roles.all')
                      : r.permissions.map((p) => t(`admin.permission.${p}`)).join(', ') ||
                        t('admin.roles.none')
                  }
                  data-testid={`officer-role-${r.id}`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          {!officer && <PinFields form={form} label={t('admin.officers.initialPin')} />}
          <FormError error={command.error?.appError} shownFields={FIELDS} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('board.cancel')}
            </Button>
            <Button type="submit" loading={command.isPending} data-testid="officer-save">
              {officer ? t('board.save') : t('admin.officers.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The admin sets a temporary PIN; the officer chooses their own at the next sign-in. */
function ResetPinDialog({ officer, onClose }: { officer: Officer; onClose: () => void }) {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const reset = useApiMutation('officers.resetPin', { session });
  const form = useSchemaForm<OfficerValues>({
    initialValues: { fullName: '', nip: '', position: null, roles: [], pin: '', pinRepeat: '' },
    validate: (v) => pinErrors(v.pin, v.pinRepeat),
  });
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t('admin.officers.resetTitle', { name: officer.fullName })}
      closeButtonProps={{ 'aria-label': t('board.close') }}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          reset.mutate(
            { id: officer.id, pin: v.pin },
            { onSuccess: onClose, onError: (e) => showServerErrors(form, e.appError, ['pin']) },
          ),
        )}
      >
        <Stack>
          <Text size="sm">{t('admin.officers.resetExplain')}</Text>
          <PinFields form={form} label={t('admin.officers.tempPin')} />
          <FormError error={reset.error?.appError} shownFields={['pin']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('board.cancel')}
            </Button>
            <Button type="submit" loading={reset.isPending} data-testid="reset-pin-save">
              {t('admin.officers.resetPin')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function DeactivateDialog({ officer, onClose }: { officer: Officer; onClose: () => void }) {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const setActive = useApiMutation('officers.setActive', { session });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('admin.officers.deactivateTitle', { name: officer.fullName })}
      closeButtonProps={{ 'aria-label': t('board.close') }}
    >
      <Stack>
        <Text>{t('admin.officers.deactivateExplain')}</Text>
        <FormError error={setActive.error?.appError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('board.cancel')}
          </Button>
          <Button
            color="red.9"
            loading={setActive.isPending}
            onClick={() => setActive.mutate({ id: officer.id, active: false }, { onSuccess: onClose })}
            data-testid="deactivate-confirm"
          >
            {t('admin.officers.deactivate')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; officer: Officer }
  | { kind: 'reset'; officer: Officer }
  | { kind: 'deactivate'; officer: Officer };

/** Petugas (officers.manage): who may sign in, with which roles; add, edit, deactivate, reset PIN. */
export function OfficersPanel() {
  const { t } = useTranslation();
  const { session, officer: me } = useSignedIn();
  const officers = useApiQuery('officers.list', {}, { session });
  const roles = useApiQuery('roles.list', {}, { session });
  const activate = useApiMutation('officers.setActive', { session });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const roleName = (id: string | null) =>
    id === null ? '–' : (roles.data?.items.find((r) => r.id === id)?.name ?? id);

  return (
    <Stack gap="sm" data-testid="officers-panel">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('admin.officers.title')}
        </Title>
        <Button onClick={() => setDialog({ kind: 'add' })} disabled={!roles.data} data-testid="officer-add">
          {t('admin.officers.add')}
        </Button>
      </Group>
      <FormError error={officers.error?.appError ?? activate.error?.appError} />
      <Table striped highlightOnHover data-testid="officers-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('admin.officers.fullName')}</Table.Th>
            <Table.Th>{t('admin.officers.nip')}</Table.Th>
            <Table.Th>{t('admin.officers.position')}</Table.Th>
            <Table.Th>{t('admin.officers.roles')}</Table.Th>
            <Table.Th>{t('desk.colStatus')}</Table.Th>
            <Table.Th>{t('board.col.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(officers.data?.items ?? []).map((o) => (
            <Table.Tr key={o.id} data-testid="officer-row" data-name={o.fullName} data-active={o.active}>
              <Table.Td fw={600}>
                {o.fullName}
                {o.id === me.id && (
                  <Text span size="sm" c="gray.8">
                    {' '}
                    ({t('admin.officers.you')})
                  </Text>
                )}
              </Table.Td>
              <Table.Td ff="monospace">{o.nip ?? '–'}</Table.Td>
              <Table.Td>{roleName(o.position)}</Table.Td>
              <Table.Td>{o.roles.map(roleName).join(', ') || '–'}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Badge color={o.active ? 'teal.9' : 'gray.7'}>
                    {o.active ? t('admin.officers.active') : t('admin.officers.inactive')}
                  </Badge>
                  {o.mustChangePin && (
                    <Badge color="yellow.4" autoContrast>
                      {t('admin.officers.mustChangePin')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="default"
                    disabled={!roles.data}
                    onClick={() => setDialog({ kind: 'edit', officer: o })}
                    data-testid="officer-edit"
                  >
                    {t('board.editButton')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => setDialog({ kind: 'reset', officer: o })}
                    data-testid="officer-reset-pin"
                  >
                    {t('admin.officers.resetPin')}
                  </Button>
                  {o.active ? (
                    <Button
                      size="compact-sm"
                      variant="outline"
                      color="red.9"
                      onClick={() => setDialog({ kind: 'deactivate', officer: o })}
                      data-testid="officer-deactivate"
                    >
                      {t('admin.officers.deactivate')}
                    </Button>
                  ) : (
                    <Button
                      size="compact-sm"
                      variant="outline"
                      loading={activate.isPending && activate.variables?.id === o.id}
                      onClick={() => activate.mutate({ id: o.id, active: true })}
                      data-testid="officer-activate"
                    >
                      {t('admin.officers.activate')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {dialog?.kind === 'add' && roles.data && (
        <OfficerDialog officer={null} roles={roles.data.items} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'edit' && roles.data && (
        <OfficerDialog officer={dialog.officer} roles={roles.data.items} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'reset' && (
        <ResetPinDialog officer={dialog.officer} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'deactivate' && (
        <DeactivateDialog officer={dialog.officer} onClose={() => setDialog(null)} />
      )}
    </Stack>
  );
}
