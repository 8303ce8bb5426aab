import { Alert, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScannerConfigInput } from '../../../shared/devices/scannerConfig';
import { serialScannerConfigSchema } from '../../../shared/devices/scannerConfig';
import { useConnection } from '../api/connection';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { FormError } from '../forms/FormError';
import { useSchemaForm } from '../forms/useSchemaForm';
import { deviceName, scanSourceName, scannerConfigName } from './deviceNames';

const serialPathSchema = serialScannerConfigSchema.pick({ path: true });

interface SerialValues extends Record<string, unknown> {
  path: string;
}

/** The officer chooses the scanners, and checks one with "scan a test code". */
export function ScannersSettings({ session }: { session: string }) {
  const { t } = useTranslation();
  const settings = useApiQuery('scanners.settings', {}, { session });
  const available = useApiQuery('scanners.available', {}, { session });
  const configure = useApiMutation('scanners.configure', { session });
  const testScan = useApiMutation('scanners.testScan', { session });
  const { devices } = useConnection();
  const serial = useSchemaForm<SerialValues>({ schema: serialPathSchema, initialValues: { path: '' } });
  const items = settings.data?.items ?? [];
  const found = (available.data?.scanners ?? []).filter((f) => !f.configured);

  const save = (next: readonly ScannerConfigInput[]) =>
    configure.mutate({ items: [...next] }, { onSuccess: () => serial.reset() });

  const tested = testScan.data;
  const testMessage = testScan.isPending
    ? { ok: true, text: t('devices.testScanWaiting') }
    : testScan.error
      ? { ok: false, text: t(testScan.error.appError.messageKey) }
      : tested
        ? tested.scan
          ? {
              ok: true,
              text: t('devices.testScanGot', {
                text: tested.scan.text,
                device: scanSourceName(t, tested.scan.deviceId, devices),
              }),
            }
          : { ok: false, text: t('devices.testScanNone') }
        : null;

  return (
    <Stack data-testid="scanners-settings">
      <Title order={2} size="h3">
        {t('devices.scannersTitle')}
      </Title>
      <Table>
        <Table.Tbody>
          {items.map((c, i) => (
            <Table.Tr key={i} data-testid="scanner-config" data-kind={c.kind}>
              <Table.Td>{scannerConfigName(t, c)}</Table.Td>
              <Table.Td align="right">
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() => save(items.filter((_, j) => j !== i))}
                >
                  {t('devices.remove')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {found.length > 0 && (
        <>
          <Text fw={700}>{t('devices.found')}</Text>
          {found.map((f) => (
            <Group key={f.deviceId} justify="space-between">
              <Text>
                {deviceName(t, {
                  kind: 'scanner',
                  connection: f.kind === 'hid-pos' ? 'hid' : 'serial',
                  label: f.label,
                  port: f.port,
                })}
              </Text>
              <Button size="xs" onClick={() => save([...items, f.config])}>
                {t('devices.use')}
              </Button>
            </Group>
          ))}
        </>
      )}
      <form
        noValidate
        onSubmit={serial.onSubmit(({ path }) => save([...items, { kind: 'serial', path: path.trim() }]))}
      >
        <Group align="flex-end">
          <TextInput
            label={t('devices.serialPath')}
            placeholder="/dev/ttyACM0"
            {...serial.getInputProps('path')}
            w={260}
          />
          <Button type="submit" variant="default" disabled={!serial.values.path.trim()}>
            {t('devices.addSerial')}
          </Button>
        </Group>
      </form>
      <FormError error={configure.error?.appError} />
      {configure.isSuccess && (
        <Alert color="green" role="status">
          {t('settings.saved')}
        </Alert>
      )}
      <Button
        onClick={() => testScan.mutate({ timeoutMs: 20_000 })}
        loading={testScan.isPending}
        w={260}
        data-testid="test-scan"
      >
        {t('devices.testScan')}
      </Button>
      {testMessage && (
        <Alert
          color={testMessage.ok ? 'blue' : 'red'}
          role={testMessage.ok ? 'status' : 'alert'}
          data-testid="scanner-message"
        >
          {testMessage.text}
        </Alert>
      )}
    </Stack>
  );
}
