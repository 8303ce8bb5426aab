import { useState } from 'react';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contract, permissions, type Permission, type Role, type RoleKind } from '../../../shared/contract';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { FormError } from '../forms/FormError';
import { showServerErrors, useSchemaForm } from '../forms/useSchemaForm';
import { useSignedIn } from '../session/SignedIn';
import { roleIdFromName } from './roleId';

interface RoleValues extends Record<string, unknown> {
  id: string;
  name: string;
  kind: RoleKind;
  permissions: Permission[];
}
const FIELDS = ['id', 'name', 'kind', 'permissions'];

function RoleDialog({
  role,
  taken,
  onClose,
}: {
  role: Role | null;
  taken: readonly string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const save = useApiMutation('roles.save', { session });
  const [idTouched, setIdTouched] = useState(false);
  const form = useSchemaForm<RoleValues>({
    schema: contract['roles.save'].input,
    initialValues: {
      id: role?.id ?? '',
      name: role?.name ?? '',
      kind: role?.kind ?? 'role',
      permissions: role?.permissions ?? [],
    },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={role ? t('admin.roles.editTitle', { name: role.name }) : t('admin.roles.addTitle')}
      closeButtonProps={{ 'aria-label': t('board.close') }}
    >
      <form
        noValidate
        data-testid="role-form"
        onSubmit={form.onSubmit((v) => {
          if (!role && taken.includes(v.id)) {
            form.setFieldError('id', t('admin.roles.idTaken'));
            return;
          }
          save.mutate(v, { onSuccess: onClose, onError: (e) => showServerErrors(form, e.appError, FIELDS) });
        })}
      >
        <Stack>
          <SimpleGrid cols={2}>
            <TextInput
              label={t('admin.roles.name')}
              withAsterisk
              maxLength={60}
              {...form.getInputProps('name')}
              onChange={(e) => {
                const name = e.currentTarget.value;
                form.setFieldValue('name', name);
                if (!role && !idTouched) form.setFieldValue('id', roleIdFromName(name));
              }}
              data-autofocus
              data-testid="role-name"
            />
            <TextInput
              label={t('admin.roles.id')}
              description={t('admin.roles.idHint')}
              maxLength={40}
              disabled={role !== null}
              {...form.getInputProps('id')}
              onChange={(e) => {
                setIdTouched(true);
                form.setFieldValue('id', e.currentTarget.value);
              }}
              data-testid="role-id"
            />
          </SimpleGrid>
          <Stack gap={4}>
            <Text fw={500} size="sm" id="role-kind-label">
              {t('admin.roles.kind')}
            </Text>
            <SegmentedControl
              aria-labelledby="role-kind-label"
              data={[
                { value: 'role', label: t('admin.roles.kindRole') },
                { value: 'position', label: t('admin.roles.kindPosition') },
              ]}
              {...form.getInputProps('kind')}
              data-testid="role-kind"
            />
            <Text size="sm" c="gray.8">
              {t(form.values.kind === 'role' ? 'admin.roles.kindRoleHint' : 'admin.roles.kindPositionHint')}
            </Text>
          </Stack>
          <Checkbox.Group label={t('admin.roles.permissions')} {...form.getInputProps('permissions')}>
            <SimpleGrid cols={2} mt="xs" spacing="xs">
              {permissions.map((p) => (
                <Checkbox
                  key={p}
                  value={p}
                  label={t(`admin.permission.${p}`)}
                  description={t(`admin.permissionHint.${p}`)}
                  data-testid={`role-permission-${p}`}
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <FormError error={save.error?.appError} shownFields={FIELDS} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('board.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="role-save">
              {t('board.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * Peran & jabatan (officers.manage): roles give permissions; positions place an officer in a
 * disposition chain. Both are data a site renames and adds to (issue 8).
 */
export function RolesPanel() {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const roles = useApiQuery('roles.list', {}, { session });
  const [editing, setEditing] = useState<Role | 'new' | null>(null);
  // Roles (what one may do) first, then the chain's positions; each by name.
  const items = [...(roles.data?.items ?? [])].sort((a, b) =>
    a.kind === b.kind ? a.name.localeCompare(b.name, 'id') : a.kind === 'role' ? -1 : 1,
  );
  return (
    <Stack gap="sm" data-testid="roles-panel">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('admin.roles.title')}
        </Title>
        <Button onClick={() => setEditing('new')} data-testid="role-add">
          {t('admin.roles.add')}
        </Button>
      </Group>
      <Text size="sm" c="gray.8">
        {t('admin.roles.explain')}
      </Text>
      <FormError error={roles.error?.appError} />
      <Table striped data-testid="roles-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('admin.roles.name')}</Table.Th>
            <Table.Th>{t('admin.roles.kind')}</Table.Th>
            <Table.Th>{t('admin.roles.permissions')}</Table.Th>
            <Table.Th>{t('board.col.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr key={r.id} data-testid="role-row" data-role-id={r.id}>
              <Table.Td fw={600}>
                {r.name}{' '}
                {r.builtIn && (
                  <Badge variant="outline" color="gray.7" size="sm">
                    {t('admin.roles.builtIn')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {t(r.kind === 'role' ? 'admin.roles.kindRole' : 'admin.roles.kindPosition')}
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {r.permissions.length === permissions.length
                    ? t('admin.roles.all')
                    : r.permissions.map((p) => t(`admin.permission.${p}`)).join(', ') ||
                      t('admin.roles.none')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="default"
                  onClick={() => setEditing(r)}
                  data-testid="role-edit"
                >
                  {t('board.editButton')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && (
        <RoleDialog
          role={editing === 'new' ? null : editing}
          taken={items.map((r) => r.id)}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
