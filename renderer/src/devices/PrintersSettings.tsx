import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Select,
  Stack,
  Switch,
  Table,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { useApi } from '../api/ApiContext';

type Settings = MethodOutput<'printers.settings'>;
type Kind = 'tcp' | 'serial' | 'usbLp' | 'os';

const MODELS = [
  'epson-tm-t20iii',
  'epson-tm-t20ii',
  'epson-tm-t88v',
  'epson-tm-m30ii',
  'pos-8360',
  'pos-5890',
  'xprinter-xp-n160ii',
];

/** Receipt printers: add one (network, serial, USB or the system printer), pick the default, print a test page. */
export function PrintersSettings({ session }: { session: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [settings, setSettings] = useState<Settings>({
    items: [],
    defaultPrinterId: null,
    autoCheckInSlip: false,
  });
  const [kind, setKind] = useState<Kind>('tcp');
  const [label, setLabel] = useState('');
  const [address, setAddress] = useState('');
  const [port, setPort] = useState<number>(9100);
  const [model, setModel] = useState(MODELS[0]!);
  const [width, setWidth] = useState<'80' | '58'>('80');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    void api.invoke('printers.settings', {}, { session }).then((r) => r.ok && setSettings(r.value));
  }, [api, session]);

  async function save(next: Settings) {
    const r = await api.invoke('printers.configure', next, { session });
    if (r.ok) {
      setSettings(r.value);
      setMessage({ ok: true, text: t('settings.saved') });
    } else setMessage({ ok: false, text: t(r.error.messageKey) });
  }

  function add() {
    const id = `printer-${Date.now().toString(36)}`;
    const common = { id, label: label.trim() || id, paperWidth: Number(width) };
    const item =
      kind === 'tcp'
        ? { ...common, kind, model, host: address.trim(), port }
        : kind === 'serial'
          ? { ...common, kind, model, path: address.trim() }
          : kind === 'usbLp'
            ? { ...common, kind, model, devicePath: address.trim() || '/dev/usb/lp0' }
            : { ...common, kind, deviceName: address.trim() };
    void save({
      ...settings,
      items: [...settings.items, item],
      defaultPrinterId: settings.defaultPrinterId ?? id,
    });
  }

  async function testPage(printerId: string) {
    const r = await api.invoke('printers.testPage', { printerId }, { session });
    setMessage(
      r.ok ? { ok: true, text: t('devices.testPageQueued') } : { ok: false, text: t(r.error.messageKey) },
    );
  }

  return (
    <Stack data-testid="printers-settings">
      <Title order={2} size="h3">
        {t('devices.printersTitle')}
      </Title>
      <Table>
        <Table.Tbody>
          {settings.items.map((p) => (
            <Table.Tr key={String(p.id)}>
              <Table.Td>
                {String(p.label)} · {String(p.kind)} · {String(p.paperWidth)} mm
                {settings.defaultPrinterId === p.id ? ` · ${t('devices.default')}` : ''}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end">
                  <Button size="xs" variant="default" onClick={() => void testPage(String(p.id))}>
                    {t('devices.testPage')}
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => {
                      const items = settings.items.filter((q) => q.id !== p.id);
                      void save({
                        ...settings,
                        items,
                        defaultPrinterId: items[0] ? String(items[0].id) : null,
                      });
                    }}
                  >
                    {t('devices.remove')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Switch
        label={t('devices.autoCheckInSlip')}
        checked={settings.autoCheckInSlip}
        onChange={(e) => void save({ ...settings, autoCheckInSlip: e.currentTarget.checked })}
      />
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('devices.printerKind')}
          data={(['tcp', 'serial', 'usbLp', 'os'] as const).map((k) => ({
            value: k,
            label: t(`devices.kind.${k}`),
          }))}
          value={kind}
          onChange={(v) => v && setKind(v as Kind)}
          w={200}
          allowDeselect={false}
        />
        <TextInput
          label={t('devices.printerLabel')}
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
          w={200}
        />
        <TextInput
          label={t(`devices.address.${kind}`)}
          value={address}
          onChange={(e) => setAddress(e.currentTarget.value)}
          w={220}
        />
        {kind === 'tcp' && (
          <NumberInput
            label={t('devices.port')}
            value={port}
            onChange={(v) => setPort(Number(v) || 9100)}
            w={100}
            min={1}
            max={65535}
          />
        )}
        {kind !== 'os' && (
          <Select
            label={t('devices.model')}
            data={MODELS}
            value={model}
            onChange={(v) => v && setModel(v)}
            w={200}
            allowDeselect={false}
          />
        )}
        <Select
          label={t('devices.paper')}
          data={[
            { value: '80', label: '80 mm' },
            { value: '58', label: '58 mm' },
          ]}
          value={width}
          onChange={(v) => v && setWidth(v as '80' | '58')}
          w={110}
          allowDeselect={false}
        />
        <Button onClick={add} disabled={kind !== 'usbLp' && !address.trim()}>
          {t('devices.addPrinter')}
        </Button>
      </Group>
      {message && (
        <Alert color={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      )}
    </Stack>
  );
}
