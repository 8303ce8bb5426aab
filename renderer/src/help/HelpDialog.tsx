import { Button, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/useApiQuery';
import { useAppInfo } from '../api/useAppInfo';
import { FloorPlanMap } from '../places/FloorPlanMap';
import type { HelpTopic } from './helpTopics';

/** The office's own contacts, from the letterhead it set up (site.get), never hard-coded. */
function Contacts({ size }: { size: string }) {
  const { t } = useTranslation();
  const site = useApiQuery('site.get', {}).data;
  // Before the first setup the office has no name yet: nothing to say.
  if (!site?.officeName) return null;
  return (
    <Stack gap={2} data-testid="help-contacts">
      <Text size={size} fw={700}>
        {t('help.contactsTitle', { office: site.officeName })}
      </Text>
      {site.letterhead.map((line, i) => (
        <Text key={i} size={size}>
          {line}
        </Text>
      ))}
    </Stack>
  );
}

/** On the kiosk: where the service desk is, lit on the room map, when the officer drew one. */
function ServiceDeskMap() {
  const { t } = useTranslation();
  const plan = useApiQuery('floorPlan.get', {}).data;
  if (!plan?.landmarks.some((l) => l.kind === 'serviceDesk')) return null;
  return (
    <FloorPlanMap
      plan={plan}
      litLandmark="serviceDesk"
      label={t('help.mapLabel')}
      size="help"
      testId="help-map"
    />
  );
}

/**
 * What to do here and whom to ask. Visitors: the officer at the service desk (on the map), this
 * screen in one line, the office's contacts. Officers: the same contacts, shortcuts, the version.
 */
export function HelpDialog({
  topic,
  surface,
  opened,
  onClose,
}: {
  topic: HelpTopic;
  surface: 'kiosk' | 'desk';
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const info = useAppInfo();
  const kiosk = surface === 'kiosk';
  const text = kiosk ? 'kiosk' : 'md';
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size={kiosk ? 880 : 'lg'}
      centered
      padding={kiosk ? 'xl' : 'md'}
      withCloseButton={false}
      title={t('help.title')}
      classNames={{ title: kiosk ? 'kiosk-modal-title' : 'desk-modal-title' }}
      data-testid="help-dialog"
    >
      <Stack gap={kiosk ? 'lg' : 'md'}>
        <Text size={text} data-testid="help-screen">
          {t(`help.screen.${topic}`)}
        </Text>
        {kiosk ? (
          <>
            <Text size={text} fw={600}>
              {t('help.askOfficer')}
            </Text>
            <ServiceDeskMap />
          </>
        ) : (
          <>
            <Text size={text}>{t('help.shortcuts')}</Text>
            <Text size={text}>{t('board.timesNote')}</Text>
          </>
        )}
        <Contacts size={kiosk ? 'kioskSmall' : 'sm'} />
        {!kiosk && info && (
          <Text size="sm" c="dimmed">
            {t('help.version', { version: info.version })}
          </Text>
        )}
        <Button size={kiosk ? 'kiosk' : 'md'} onClick={onClose} data-autofocus data-testid="help-close">
          {t('help.close')}
        </Button>
      </Stack>
    </Modal>
  );
}
