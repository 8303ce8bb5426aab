// The site's rooms as a table: code, name, capacity, active. A saved room keeps its code (requests
// and the agenda name it) and is made inactive rather than removed; a room added now may be removed.
import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Switch,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestSettings } from '../../../../shared/requests/requestSettings';
import type { SchemaForm } from '../../forms/useSchemaForm';
import { newRoom, removeAt } from './settingsEditing';

const MAX_ROOMS = 30;

export function RoomsEditor({
  form,
  savedCount,
}: {
  form: SchemaForm<RequestSettings>;
  /** The first rooms are the saved ones: a saved room is never removed, so they stay first. */
  savedCount: number;
}) {
  const { t } = useTranslation();
  const rooms = form.values.rooms;
  const n = (i: number) => ({ n: i + 1 });
  return (
    <>
      <Text size="sm" c="gray.8">
        {t('requests.settings.roomsExplain')}
      </Text>
      {rooms.length === 0 ? (
        <Text c="gray.8" data-testid="rs-rooms-empty">
          {t('requests.settings.noRooms')}
        </Text>
      ) : (
        <Table verticalSpacing={3} horizontalSpacing="xs" withRowBorders={false} maw={1100}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={220}>{t('requests.settings.roomId')}</Table.Th>
              <Table.Th>{t('requests.settings.roomName')}</Table.Th>
              <Table.Th w={170}>{t('requests.settings.roomCapacity')}</Table.Th>
              <Table.Th w={90}>{t('requests.settings.roomActive')}</Table.Th>
              <Table.Th w={56}>
                <VisuallyHidden>{t('requests.settings.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rooms.map((room, i) => {
              const saved = i < savedCount;
              return (
                <Table.Tr key={i} data-testid="rs-room" data-room={room.id}>
                  <Table.Td>
                    <TextInput
                      aria-label={t('requests.settings.roomIdOf', n(i))}
                      title={t(saved ? 'requests.settings.idHint' : 'requests.settings.idNewHint')}
                      maxLength={40}
                      readOnly={saved}
                      variant={saved ? 'filled' : 'default'}
                      {...form.getInputProps(`rooms.${i}.id`)}
                      data-testid={`rs-room-${i}-id`}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('requests.settings.roomNameOf', n(i))}
                      maxLength={80}
                      {...form.getInputProps(`rooms.${i}.name`)}
                      data-testid={`rs-room-${i}-name`}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={t('requests.settings.roomCapacityOf', n(i))}
                      min={1}
                      max={2000}
                      allowDecimal={false}
                      allowNegative={false}
                      {...form.getInputProps(`rooms.${i}.capacity`)}
                      data-testid={`rs-room-${i}-capacity`}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Switch
                      aria-label={t('requests.settings.roomActiveOf', n(i))}
                      {...form.getInputProps(`rooms.${i}.active`, { type: 'checkbox' })}
                      data-testid={`rs-room-${i}-active`}
                    />
                  </Table.Td>
                  <Table.Td>
                    {!saved && (
                      <ActionIcon
                        variant="subtle"
                        color="red.9"
                        size="lg"
                        aria-label={t('requests.settings.removeRoom', n(i))}
                        onClick={() => form.setFieldValue('rooms', removeAt(rooms, i))}
                        data-testid={`rs-room-${i}-remove`}
                      >
                        ✕
                      </ActionIcon>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <Button
          variant="light"
          disabled={rooms.length >= MAX_ROOMS}
          onClick={() => form.setFieldValue('rooms', [...rooms, newRoom(rooms)])}
          data-testid="rs-add-room"
        >
          {t('requests.settings.addRoom')}
        </Button>
      </Group>
    </>
  );
}
