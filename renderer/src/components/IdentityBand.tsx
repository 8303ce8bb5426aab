import { memo } from 'react';
import { Stack, Text } from '@mantine/core';
import { useApiQuery } from '../api/useApiQuery';
import { useDates } from '../dates/useDates';

/**
 * Whose service this is, once, in the top band of every visitor screen (kiosk-ui.md §3): the office's
 * logo and names as set up (site.get), never hard-coded, and today's date in the site's zone.
 */
function IdentityBandUnmemoized() {
  const site = useApiQuery('site.get', {}).data;
  const dates = useDates();
  return (
    <header className="kiosk-identity" data-testid="kiosk-identity">
      {site?.logo && <img className="kiosk-identity-logo" src={site.logo} alt="" />}
      <Stack gap={0} flex={1} miw={0}>
        <Text size="kioskLead" fw={700} data-testid="kiosk-site-name">
          {site?.siteName}
        </Text>
        <Text size="kioskSmall" c="dimmed" data-testid="kiosk-office-name">
          {site?.officeName}
        </Text>
      </Stack>
      {dates.today && (
        <Text size="kioskSmall" ta="end" fw={600} data-testid="kiosk-date">
          {dates.day(dates.today)}
        </Text>
      )}
    </header>
  );
}

/** The same on every screen: not rendered again when the screen changes. */
export const IdentityBand = memo(IdentityBandUnmemoized);
