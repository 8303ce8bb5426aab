import { Grid, Stack } from '@mantine/core';
import { PrintersSettings } from './PrintersSettings';
import { PrintJobsPanel } from './PrintJobsPanel';
import { ScannersSettings } from './ScannersSettings';

/** Scanners, receipt printers and the print queue, for the officer. */
export function DevicesPanel({ session }: { session: string }) {
  return (
    <Grid gap="xl">
      <Grid.Col span={5}>
        <Stack gap="xl">
          <ScannersSettings session={session} />
          <PrintersSettings session={session} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={7}>
        <PrintJobsPanel session={session} />
      </Grid.Col>
    </Grid>
  );
}
