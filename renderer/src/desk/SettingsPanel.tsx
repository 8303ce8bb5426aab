import { useState } from 'react';
import { Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LeaveSampleData } from '../admin/LeaveSampleData';
import { OfficeSettings } from '../admin/OfficeSettings';
import { SyncSettings } from '../admin/SyncSettings';
import { FloorPlanSettings } from '../places/FloorPlanEditor';
import { useCan } from '../session/SignedIn';
import { DocumentsSettings } from './DocumentsSettings';
import { HouseRulesSettings } from './HouseRulesSettings';
import { KioskServicesSettings } from './KioskServicesSettings';
import { PlacesSettings } from './PlacesSettings';
import { RulesSettings } from './RulesSettings';
import { RequestSettingsSection } from '../requests/settings/RequestSettingsSection';

export const settingsSections = [
  'office',
  'hours',
  'places',
  'floorPlan',
  'houseRules',
  'kioskServices',
  'documents',
  'requests',
  'sync',
] as const;
export type SettingsSection = (typeof settingsSections)[number];

/**
 * Pengaturan, one part at a time: the office, service hours and rules, desks and lockers, the room
 * map, the house rules, the kop and signature lines of the reports, the requests' types, rooms and
 * chains, the central server. An administrator trying sample data sees how to leave it first.
 */
export function SettingsPanel({
  session,
  sampleAdmin,
  onSampleDataLeft,
}: {
  session: string;
  sampleAdmin: boolean;
  onSampleDataLeft: () => void;
}) {
  const { t } = useTranslation();
  const can = useCan();
  const [section, setSection] = useState<SettingsSection>('office');
  return (
    <Stack gap="lg" data-testid="settings-panel">
      {sampleAdmin && <LeaveSampleData onLeft={onSampleDataLeft} />}
      {can('settings.manage') && (
        <Tabs
          value={section}
          onChange={(v) => v && setSection(v as SettingsSection)}
          variant="pills"
          keepMounted={false}
        >
          <Tabs.List>
            {settingsSections.map((s) => (
              <Tabs.Tab key={s} value={s} data-testid={`settings-section-${s}`}>
                {/* The documents' strings are their own catalogue's (i18n/documents). */}
                {s === 'documents'
                  ? t('documents.settings.tab')
                  : s === 'requests'
                    ? t('requests.settings.tab')
                    : t(`settings.section.${s}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="office" pt="md">
            <OfficeSettings />
          </Tabs.Panel>
          <Tabs.Panel value="hours" pt="md">
            <Stack gap="xs">
              <RulesSettings session={session} />
              <Text size="sm" c="gray.8">
                {t('board.timesNote')}
              </Text>
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="places" pt="md">
            <PlacesSettings session={session} />
          </Tabs.Panel>
          <Tabs.Panel value="floorPlan" pt="md">
            <FloorPlanSettings session={session} />
          </Tabs.Panel>
          <Tabs.Panel value="houseRules" pt="md">
            <HouseRulesSettings session={session} />
          </Tabs.Panel>
          <Tabs.Panel value="kioskServices" pt="md">
            <KioskServicesSettings session={session} />
          </Tabs.Panel>
          <Tabs.Panel value="documents" pt="md">
            <DocumentsSettings session={session} />
          </Tabs.Panel>
          <Tabs.Panel value="requests" pt="md">
            <RequestSettingsSection session={session} />
          </Tabs.Panel>
          <Tabs.Panel value="sync" pt="md">
            <SyncSettings session={session} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
