import { useState } from 'react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HelpIcon } from '../components/icons';
import { HelpDialog } from './HelpDialog';
import type { HelpTopic } from './helpTopics';

/** "Bantuan" on every screen: where to get help, in a few plain lines (kiosk-ui.md §2.2). */
export function HelpButton({ topic, surface }: { topic: HelpTopic; surface: 'kiosk' | 'desk' }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size={surface === 'kiosk' ? 'kioskBand' : 'sm'}
        variant="default"
        onClick={() => setOpen(true)}
        leftSection={<HelpIcon size={surface === 'kiosk' ? 32 : 18} />}
        data-testid="help-button"
      >
        {t('help.button')}
      </Button>
      {/* Mounted when asked for: a closed dialog would still be rendered on every screen change. */}
      {open && <HelpDialog topic={topic} surface={surface} opened onClose={() => setOpen(false)} />}
    </>
  );
}
