// The officer's requests tab (issue 13): the list with one request open beside it (on a portrait
// monitor, in its place), the intake form for a letter or Srikandi, and the reports.
import { useState } from 'react';
import { Button, Grid, Group, Tabs, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { RequestSummary } from '../../../shared/contract/requests';
import { FormError } from '../forms/FormError';
import { useCan } from '../session/SignedIn';
import { IntakeForm } from './IntakeForm';
import { Notice, useRequestSettings } from './RequestBits';
import { RequestDetailView } from './RequestDetailView';
import { RequestList } from './RequestList';
import { RequestReports } from './RequestReports';

type Section = 'list' | 'new' | 'reports';

export function DeskRequestsPanel({ session }: { session: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const settings = useRequestSettings(session);
  const [section, setSection] = useState<Section>('list');
  const [open, setOpen] = useState<string | null>(null);
  const [filed, setFiled] = useState<RequestSummary | null>(null);
  // Wide (1920) shows the list and the request side by side; narrow (portrait 1080) one at a time.
  const wide = useMediaQuery('(min-width: 88em)', true);
  const mayFile = can('requests.manage');
  return (
    <div data-testid="requests-panel">
      <Tabs value={section} onChange={(v) => setSection((v as Section) ?? 'list')} keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="list" data-testid="requests-section-list">
            {t('requests.sections.list')}
          </Tabs.Tab>
          {mayFile && (
            <Tabs.Tab value="new" data-testid="requests-section-new">
              {t('requests.sections.new')}
            </Tabs.Tab>
          )}
          {can('reports.read') && (
            <Tabs.Tab value="reports" data-testid="requests-section-reports">
              {t('requests.sections.reports')}
            </Tabs.Tab>
          )}
        </Tabs.List>
        <FormError error={settings.error?.appError} testId="requests-settings-error" />
        <Tabs.Panel value="list">
          {filed && (
            <Group mb="sm" gap="sm" wrap="nowrap" data-testid="request-filed">
              <div style={{ flex: 1 }}>
                <Notice tone="ok" title={t('requests.form.filed', { reference: filed.reference })} />
              </div>
              <Button variant="default" onClick={() => setFiled(null)}>
                {t('requests.detail.close')}
              </Button>
            </Group>
          )}
          {/* One tree at every width: turning the monitor (or the screenshots' resize) keeps what was typed. */}
          {open && !wide && (
            <Button variant="subtle" mb="sm" onClick={() => setOpen(null)} data-testid="detail-back">
              ← {t('requests.detail.back')}
            </Button>
          )}
          <Grid gap="md">
            <Grid.Col span={open ? 5 : 12} display={open && !wide ? 'none' : undefined}>
              <RequestList
                session={session}
                settings={settings.data}
                selected={open}
                onOpen={setOpen}
                compact={open !== null}
              />
            </Grid.Col>
            {open && (
              <Grid.Col span={wide ? 7 : 12}>
                <RequestDetailView
                  key={open}
                  session={session}
                  id={open}
                  settings={settings.data}
                  onClose={() => setOpen(null)}
                />
              </Grid.Col>
            )}
          </Grid>
        </Tabs.Panel>
        {mayFile && (
          <Tabs.Panel value="new">
            {settings.data ? (
              <IntakeForm
                session={session}
                settings={settings.data}
                onFiled={(summary) => {
                  setFiled(summary);
                  setOpen(summary.id);
                  setSection('list');
                }}
              />
            ) : (
              <Text c="gray.8">{t('requests.detail.loading')}</Text>
            )}
          </Tabs.Panel>
        )}
        <Tabs.Panel value="reports">
          <RequestReports session={session} />
        </Tabs.Panel>
      </Tabs>
    </div>
  );
}
