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
import {
  escPosModelNames,
  escPosModels,
  type EscPosModel,
  type PrinterConfigInput,
  type PrinterKind,
} from '../../../shared/devices/printerConfig';
import type { MethodInput } from '../../../shared/contract';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { FormError } from '../forms/FormError';
import { useSchemaForm } from '../forms/useSchemaForm';
import { printerConfigName } from './deviceNames';

type Settings = MethodInput<'printers.configure'>;

const KINDS: readonly PrinterKind[] = ['tcp', 'serial', 'usbLp', 'os'];

interface NewPrinter extends Record<string, unknown> {
  kind: PrinterKind;
  label: string;
  /** Host, serial port, device path or system printer name, by kind. */
  address: string;
  port: number | string;
  model: EscPosModel;
  paperWidth: '80' | '58';
}

/** The typed printer config the core parses (shared/devices/printerConfig.ts) from the form's values. */
function toPrinterConfig(v: NewPrinter, id: string): PrinterConfigInput {
  const common = { id, label: v.label.trim() || id, paperWidth: v.paperWidth === '58' ? 58 : 80 } as const;
  const address = v.address.trim();
  switch (v.kind) {
    case 'tcp':
      return { ...common, kind: 'tcp', model: v.model, host: address, port: Number(v.port) || 9100 };
    case 'serial':
      return { ...common, kind: 'serial', model: v.model, path: address };
    case 'usbLp':
      return { ...common, kind: 'usbLp', model: v.model, devicePath: address || '/dev/usb/lp0' };
    case 'os':
      return { ...common, kind: 'os', deviceName: address };
    default: {
      const never: never = v.kind;
      return never;
    }
  }
}

const MODEL_CHOICES = escPosModels.map((m) => ({ value: m, label: escPosModelNames[m] }));

/** Receipt printers: add one (network, serial, USB or the system printer), pick the default, print a test page. */
export function PrintersSettings({ session }: { session: string }) {
  const { t } = useTranslation();
  const settings = useApiQuery('printers.settings', {}, { session });
  const configure = useApiMutation('printers.configure', { session });
  const testPage = useApiMutation('printers.testPage', { session });
  const form = useSchemaForm<NewPrinter>({
    initialValues: {
      kind: 'tcp',
      label: '',
      address: '',
      port: 9100,
      model: 'epson-tm-t20iii',
      paperWidth: '80',
    },
  });
  const current: Settings = settings.data ?? { items: [], defaultPrinterId: null, autoCheckInSlip: false };
  const kind = form.values.kind;

  const save = (next: Settings, after?: () => void) => {
    testPage.reset();
    configure.mutate(next, { onSuccess: after });
  };

  return (
    <Stack data-testid="printers-settings">
      <Title order={2} size="h3">
        {t('devices.printersTitle')}
      </Title>
      <Table>
        <Table.Tbody>
          {(settings.data?.items ?? []).map((p) => (
            <Table.Tr key={p.id} data-testid="printer-config">
              <Table.Td>
                {printerConfigName(t, p)}
                {current.defaultPrinterId === p.id ? ` · ${t('devices.default')}` : ''}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end">
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => {
                      configure.reset();
                      testPage.mutate({ printerId: p.id });
                    }}
                  >
                    {t('devices.testPage')}
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => {
                      const items = current.items.filter((q) => q.id !== p.id);
                      save({ ...current, items, defaultPrinterId: items[0]?.id ?? null });
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
        checked={current.autoCheckInSlip}
        onChange={(e) => save({ ...current, autoCheckInSlip: e.currentTarget.checked })}
      />
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          const id = `printer-${Date.now().toString(36)}`;
          save(
            {
              ...current,
              items: [...current.items, toPrinterConfig(values, id)],
              defaultPrinterId: current.defaultPrinterId ?? id,
            },
            () => form.reset(),
          );
        })}
      >
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t('devices.printerKind')}
            data={KINDS.map((k) => ({ value: k, label: t(`devices.kind.${k}`) }))}
            {...form.getInputProps('kind')}
            w={200}
            allowDeselect={false}
          />
          <TextInput label={t('devices.printerLabel')} {...form.getInputProps('label')} w={200} />
          <TextInput label={t(`devices.address.${kind}`)} {...form.getInputProps('address')} w={220} />
          {kind === 'tcp' && (
            <NumberInput
              label={t('devices.port')}
              {...form.getInputProps('port')}
              w={100}
              min={1}
              max={65535}
              allowDecimal={false}
            />
          )}
          {kind !== 'os' && (
            <Select
              label={t('devices.model')}
              data={MODEL_CHOICES}
              {...form.getInputProps('model')}
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
            {...form.getInputProps('paperWidth')}
            w={110}
            allowDeselect={false}
          />
          <Button type="submit" disabled={kind !== 'usbLp' && !form.values.address.trim()}>
            {t('devices.addPrinter')}
          </Button>
        </Group>
      </form>
      <FormError error={configure.error?.appError ?? testPage.error?.appError} />
      {configure.isSuccess && (
        <Alert color="green" role="status">
          {t('settings.saved')}
        </Alert>
      )}
      {testPage.isSuccess && (
        <Alert color="green" role="status">
          {t('devices.testPageQueued')}
        </Alert>
      )}
    </Stack>
  );
}
