import { useEffect, useState } from 'react';
import { Alert, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';

type Config = Record<string, unknown>;

const describe = (c: Config) =>
  c.kind === 'serial'
    ? `serial · ${String(c.path)}`
    : c.kind === 'hid-pos'
      ? `HID POS · ${String(c.label ?? c.vendorId ?? '')}`
      : 'keyboard';

/** The officer chooses the scanners, and checks one with "scan a test code". */
export function ScannersSettings({ session }: { session: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [items, setItems] = useState<Config[]>([]);
  const [found, setFound] = useState<
    { deviceId: string; label: string; config: Config; configured: boolean }[]
  >([]);
  const [serialPath, setSerialPath] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [testing, setTesting] = useState(false);

  useEffect(() => {
    void api.invoke('scanners.settings', {}, { session }).then((r) => r.ok && setItems(r.value.items));
    void api.invoke('scanners.available', {}, { session }).then((r) => r.ok && setFound(r.value.scanners));
  }, [api, session]);

  async function save(next: Config[]) {
    const r = await api.invoke('scanners.configure', { items: next }, { session });
    if (r.ok) {
      setItems(r.value.items);
      setMessage({ ok: true, text: t('settings.saved') });
    } else setMessage({ ok: false, text: t(r.error.messageKey) });
  }

  async function testScan() {
    setTesting(true);
    setMessage({ ok: true, text: t('devices.testScanWaiting') });
    const r = await api.invoke('scanners.testScan', { timeoutMs: 20_000 }, { session });
    setTesting(false);
    if (!r.ok) setMessage({ ok: false, text: t(r.error.messageKey) });
    else if (!r.value.scan) setMessage({ ok: false, text: t('devices.testScanNone') });
    else
      setMessage({
        ok: true,
        text: t('devices.testScanGot', { text: r.value.scan.text, device: r.value.scan.deviceId }),
      });
  }

  return (
    <Stack data-testid="scanners-settings">
      <Title order={2} size="h3">
        {t('devices.scannersTitle')}
      </Title>
      <Table>
        <Table.Tbody>
          {items.map((c, i) => (
            <Table.Tr key={i}>
              <Table.Td>{describe(c)}</Table.Td>
              <Table.Td align="right">
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() => void save(items.filter((_, j) => j !== i))}
                >
                  {t('devices.remove')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {found.filter((f) => !f.configured).length > 0 && (
        <>
          <Text fw={700}>{t('devices.found')}</Text>
          {found
            .filter((f) => !f.configured)
            .map((f) => (
              <Group key={f.deviceId} justify="space-between">
                <Text>{f.label}</Text>
                <Button size="xs" onClick={() => void save([...items, f.config])}>
                  {t('devices.use')}
                </Button>
              </Group>
            ))}
        </>
      )}
      <Group align="flex-end">
        <TextInput
          label={t('devices.serialPath')}
          placeholder="/dev/ttyACM0"
          value={serialPath}
          onChange={(e) => setSerialPath(e.currentTarget.value)}
          w={260}
        />
        <Button
          variant="default"
          disabled={!serialPath.trim()}
          onClick={() => void save([...items, { kind: 'serial', path: serialPath.trim() }])}
        >
          {t('devices.addSerial')}
        </Button>
      </Group>
      <Button onClick={() => void testScan()} loading={testing} w={260} data-testid="test-scan">
        {t('devices.testScan')}
      </Button>
      {message && (
        <Alert
          color={message.ok ? 'blue' : 'red'}
          role={message.ok ? 'status' : 'alert'}
          data-testid="scanner-message"
        >
          {message.text}
        </Alert>
      )}
    </Stack>
  );
}
