import { Grid, Stack } from '@mantine/core';
import { useCan } from '../session/SignedIn';
import { PrintersSettings } from './PrintersSettings';
import { PrintJobsPanel } from './PrintJobsPanel';
import { ScannersSettings } from './ScannersSettings';

/** Scanners and receipt printers (devices.manage) and the print queue (printing.use), for the officer. */
export function DevicesPanel({ session }: { session: string }) {
  const can = useCan();
  const devices = can('devices.manage');
  const printing = can('printing.use');
  return (
    <Grid gap="xl">
      {devices && (
        <Grid.Col span={printing ? 5 : 12}>
          <Stack gap="xl">
            <ScannersSettings session={session} />
            <PrintersSettings session={session} />
          </Stack>
        </Grid.Col>
      )}
      {printing && (
        <Grid.Col span={devices ? 7 : 12}>
          <PrintJobsPanel session={session} />
        </Grid.Col>
      )}
    </Grid>
  );
}
