import { useEffect, useRef, useState } from 'react';
import { Box, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OnScreenKeyboard } from './OnScreenKeyboard';

type Field = HTMLInputElement | HTMLTextAreaElement;
const TYPEABLE = new Set(['text', 'password', 'search', 'email', 'tel', 'url', '']);

const isTypeable = (el: EventTarget | null): el is Field =>
  (el instanceof HTMLInputElement && TYPEABLE.has(el.type) && !el.readOnly) ||
  el instanceof HTMLTextAreaElement;

/** Sets a field's value as typing would, so React's onChange (and the form) hears it. */
function typeInto(field: Field, value: string): void {
  const proto =
    field instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * The on-screen keyboard for a long form on a touch-only kiosk (the setup screen): shown on request,
 * docked at the bottom, it types into whichever text field was touched last.
 */
export function DockedKeyboard() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const field = useRef<Field | null>(null);

  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      if (!isTypeable(e.target)) return;
      field.current = e.target;
      setValue(e.target.value);
    };
    // Typed on a real keyboard too: the on-screen one goes on from the field's value.
    const onInput = (e: Event) => {
      if (e.target === field.current && field.current) setValue(field.current.value);
    };
    document.addEventListener('focusin', onFocus);
    document.addEventListener('input', onInput);
    return () => {
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('input', onInput);
    };
  }, []);

  return (
    <Box bg="gray.1" px="md" py={open ? 'sm' : 4} className="docked-keyboard" data-testid="docked-keyboard">
      <Group justify="flex-end">
        <Button
          variant="subtle"
          h={48}
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          data-testid="docked-keyboard-toggle"
        >
          {open ? t('register.keyboardHide') : t('setup.showKeyboard')}
        </Button>
      </Group>
      {open && (
        <Box maw={1100} mx="auto">
          <OnScreenKeyboard
            layout="text"
            value={value}
            maxLength={160}
            onChange={(next) => {
              setValue(next);
              if (field.current?.isConnected) typeInto(field.current, next);
            }}
          />
        </Box>
      )}
    </Box>
  );
}
