import { useState } from 'react';
import { Alert, Badge, Button, Group, Modal, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { useDates } from '../dates/useDates';
import { FormError } from '../forms/FormError';
import { ReceiptPreview } from './ReceiptPreview';

type Job = MethodOutput<'printJobs.list'>['items'][number];

// Filled badges in dark shades: white text on them meets WCAG AA contrast.
const STATE_COLOR: Record<Job['state'], string> = {
  queued: 'blue.9',
  sending: 'cyan.9',
  sent: 'teal.9',
  failed: 'red.9',
  interrupted: 'red.9',
  cancelled: 'gray.8',
};

/**
 * The print queue for the officer: what is waiting and why (out of paper, offline), reprint, and the
 * one question after a crash mid-print: did it come out? Nothing prints twice unseen.
 */
export function PrintJobsPanel({ session }: { session: string }) {
  const { t } = useTranslation();
  const dates = useDates();
  const list = useApiQuery('printJobs.list', {}, { session });
  const jobs = list.data?.items ?? [];
  const [previewId, setPreviewId] = useState<string | null>(null);
  const preview = useApiQuery(
    'printJobs.preview',
    { id: previewId ?? '' },
    { session, enabled: previewId !== null },
  );
  const confirmPrinted = useApiMutation('printJobs.confirmPrinted', { session });
  const cancel = useApiMutation('printJobs.cancel', { session });
  const reprint = useApiMutation('printJobs.reprint', { session });
  const error = list.error ?? preview.error ?? confirmPrinted.error ?? cancel.error ?? reprint.error ?? null;
  const interrupted = jobs.filter((j) => j.state === 'interrupted');
  return (
    <div data-testid="print-jobs">
      <Title order={2} size="h3" mb="sm">
        {t('devices.jobsTitle')}
      </Title>
      {interrupted.length > 0 && (
        <Alert color="orange" mb="sm" title={t('devices.interruptedTitle')}>
          {t('devices.interruptedHelp')}
        </Alert>
      )}
      <FormError error={error?.appError} />
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('devices.colTime')}</Table.Th>
            <Table.Th>{t('devices.colKind')}</Table.Th>
            <Table.Th>{t('devices.colState')}</Table.Th>
            <Table.Th>{t('devices.colProblem')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {jobs.map((job) => (
            <Table.Tr key={job.id} data-testid="print-job" data-state={job.state}>
              <Table.Td>{dates.time(job.createdAt)}</Table.Td>
              <Table.Td>{t(`devices.jobKind.${job.kind}`)}</Table.Td>
              <Table.Td>
                <Badge color={STATE_COLOR[job.state]} variant="filled">
                  {t(`devices.jobState.${job.state}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{job.lastErrorKey ? t(job.lastErrorKey) : ''}</Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end">
                  <Button size="xs" variant="subtle" onClick={() => setPreviewId(job.id)}>
                    {t('devices.preview')}
                  </Button>
                  {job.state === 'interrupted' && (
                    <Button size="xs" variant="light" onClick={() => confirmPrinted.mutate({ id: job.id })}>
                      {t('devices.itPrinted')}
                    </Button>
                  )}
                  {(job.state === 'queued' || job.state === 'interrupted' || job.state === 'failed') && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => cancel.mutate({ id: job.id })}
                    >
                      {t('devices.cancelJob')}
                    </Button>
                  )}
                  {job.state !== 'queued' && job.state !== 'sending' && (
                    <Button size="xs" variant="default" onClick={() => reprint.mutate({ id: job.id })}>
                      {t('devices.reprint')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal
        opened={previewId !== null && preview.data !== undefined}
        onClose={() => setPreviewId(null)}
        title={t('devices.preview')}
        size="auto"
      >
        {preview.data && <ReceiptPreview doc={preview.data.doc} label={t('devices.preview')} />}
      </Modal>
      {jobs.length === 0 && (
        <Text c="gray.7" py="md">
          {t('devices.noJobs')}
        </Text>
      )}
    </div>
  );
}
