import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Box, Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OnScreenKeyboard } from '../components/OnScreenKeyboard';

const MAX_LENGTH = 64;
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

interface Props {
  /** What to type ("PIN Anda", "PIN baru"), read out and shown above the dots. */
  readonly label: string;
  readonly onSubmit: (pin: string) => void;
  readonly busy?: boolean;
  /** Under the dots: why the last try failed. */
  readonly error?: ReactNode;
  /** Prefix of test ids: `${testId}-key-1`, `-delete`, `-ok`, `-dots`, `-passphrase`. */
  readonly testId?: string;
}

/**
 * A PIN typed on a touchscreen without a keyboard (issue 8): a telephone-layout keypad with keys a
 * finger finds at arm's length (96 px), dots for what was typed and no way to reveal it, Hapus and
 * OK. A passphrase goes in on the on-screen keyboard instead. A physical keyboard works too (digits,
 * Backspace, Enter). What was typed is cleared on every submit, right or wrong.
 */
export function PinPad({ label, onSubmit, busy = false, error, testId = 'pin' }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [passphrase, setPassphrase] = useState(false);
  const latest = useRef({ value, busy, onSubmit });
  useEffect(() => {
    latest.current = { value, busy, onSubmit };
  });

  const submit = () => {
    const { value: pin, busy: pending, onSubmit: send } = latest.current;
    if (pending || pin.length === 0) return;
    setValue('');
    send(pin);
  };
  const type = (digit: string) => setValue((v) => (v.length < MAX_LENGTH ? v + digit : v));
  const erase = () => setValue((v) => v.slice(0, -1));

  // The officer's own keyboard, on the desk PC: digits, Backspace and Enter drive the keypad.
  useEffect(() => {
    if (passphrase) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey) return;
      if (/^[0-9]$/.test(e.key)) type(e.key);
      else if (e.key === 'Backspace') erase();
      else if (e.key === 'Enter') submit();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [passphrase]);

  const key = (text: string, testSuffix: string, onClick: () => void, extra: object = {}) => (
    <Button
      key={testSuffix}
      className="pin-key"
      fz="kioskH2"
      variant="default"
      onClick={onClick}
      data-testid={`${testId}-${testSuffix}`}
      {...extra}
    >
      {text}
    </Button>
  );

  return (
    <Stack
      gap="md"
      w="100%"
      mx="auto"
      className={passphrase ? 'pin-pad pin-pad-wide' : 'pin-pad'}
      data-testid={`${testId}-pad`}
    >
      <Text size="kiosk" fw={600} ta="center" id={`${testId}-label`}>
        {label}
      </Text>
      {passphrase ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Stack gap="md">
            {/* type=password: dots, and no "show" eye on a public screen. */}
            <TextInput
              type="password"
              size="xl"
              aria-labelledby={`${testId}-label`}
              autoComplete="off"
              maxLength={MAX_LENGTH}
              value={value}
              onChange={(e) => setValue(e.currentTarget.value)}
              autoFocus
              data-testid={`${testId}-passphrase`}
            />
            <Box>
              <OnScreenKeyboard layout="text" value={value} onChange={setValue} maxLength={MAX_LENGTH} />
            </Box>
            <Button type="submit" size="kiosk" loading={busy} data-testid={`${testId}-ok`}>
              {t('signIn.ok')}
            </Button>
          </Stack>
        </form>
      ) : (
        <>
          <Box
            role="status"
            aria-live="polite"
            aria-label={t('signIn.typedCount', { count: value.length })}
            h="var(--input-height-kiosk)"
            bg="white"
            className="kiosk-outline"
            style={{ borderRadius: 12, display: 'flex', alignItems: 'center', justifyContent: 'center' }}
            data-testid={`${testId}-dots`}
            data-length={value.length}
          >
            <Text fz="kioskH2" lh={1} aria-hidden style={{ letterSpacing: 12 }}>
              {'●'.repeat(Math.min(value.length, 16))}
            </Text>
          </Box>
          <SimpleGrid cols={3} spacing={12} verticalSpacing={12}>
            {KEYS.map((d) => key(d, `key-${d}`, () => type(d)))}
            {key('⌫', 'delete', erase, { 'aria-label': t('signIn.delete') })}
            {key('0', 'key-0', () => type('0'))}
            {key(t('signIn.ok'), 'ok', submit, {
              variant: 'filled',
              loading: busy,
              fz: 'kioskH3',
            })}
          </SimpleGrid>
        </>
      )}
      {error}
      <Group justify="center">
        <Button
          variant="subtle"
          size="kioskBand"
          onClick={() => {
            setValue('');
            setPassphrase((p) => !p);
          }}
          data-testid={`${testId}-mode`}
        >
          {passphrase ? t('signIn.useKeypad') : t('signIn.usePassphrase')}
        </Button>
      </Group>
    </Stack>
  );
}
