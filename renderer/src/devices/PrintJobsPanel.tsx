import { useCallback, useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, Modal, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { useApi, useEvent } from '../api/ApiContext';
import { formatTime, useAppInfo } from '../api/useAppInfo';
import type { ReceiptDoc } from '../../../shared/receipt';
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
  const api = useApi();
  const info = useAppInfo();
  const [jobs, setJobs] = useState<Job[]>([]);
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const [preview, setPreview] = useState<ReceiptDoc | null>(null);

  const load = useCallback(async () => {
    const r = await api.invoke('printJobs.list', {}, { session });
    if (r.ok) setJobs(r.value.items);
  }, [api, session]);
  useEffect(() => {
    void load();
  }, [load]);
  useEvent('print.jobChanged', () => void load());

  async function showPreview(id: string) {
    const r = await api.invoke('printJobs.preview', { id }, { session });
    if (r.ok) setPreview(r.value.doc);
    else setErrorKey(r.error.messageKey);
  }

  async function act(
    method: 'printJobs.confirmPrinted' | 'printJobs.reprint' | 'printJobs.cancel',
    id: string,
  ) {
    const r = await api.invoke(method, { id }, { session });
    setErrorKey(r.ok ? null : r.error.messageKey);
    void load();
  }

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
      {errorKey && (
        <Alert color="red" mb="sm" role="alert">
          {t(errorKey)}
        </Alert>
      )}
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
              <Table.Td>{info ? formatTime(job.createdAt, info.timeZone) : ''}</Table.Td>
              <Table.Td>{t(`devices.jobKind.${job.kind}`, { defaultValue: job.kind })}</Table.Td>
              <Table.Td>
                <Badge color={STATE_COLOR[job.state]} variant="filled">
                  {t(`devices.jobState.${job.state}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{job.lastErrorKey ? t(job.lastErrorKey) : ''}</Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end">
                  <Button size="xs" variant="subtle" onClick={() => void showPreview(job.id)}>
                    {t('devices.preview')}
                  </Button>
                  {job.state === 'interrupted' && (
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => void act('printJobs.confirmPrinted', job.id)}
                    >
                      {t('devices.itPrinted')}
                    </Button>
                  )}
                  {(job.state === 'queued' || job.state === 'interrupted' || job.state === 'failed') && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => void act('printJobs.cancel', job.id)}
                    >
                      {t('devices.cancelJob')}
                    </Button>
                  )}
                  {job.state !== 'queued' && job.state !== 'sending' && (
                    <Button size="xs" variant="default" onClick={() => void act('printJobs.reprint', job.id)}>
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
        opened={preview !== null}
        onClose={() => setPreview(null)}
        title={t('devices.preview')}
        size="auto"
      >
        {preview && <ReceiptPreview doc={preview} label={t('devices.preview')} />}
      </Modal>
      {jobs.length === 0 && (
        <Text c="gray.7" py="md">
          {t('devices.noJobs')}
        </Text>
      )}
    </div>
  );
}
