import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Grid, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { parsePlaceLines, formatPlaceLines } from './placeLines';

type Kind = 'desks' | 'lockers';

function PlacesEditor({ kind, session }: { kind: Kind; session: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [text, setText] = useState('');
  const [isDemo, setIsDemo] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    void api.invoke(`${kind}.list`, {}).then((r) => {
      if (r.ok) {
        setText(formatPlaceLines(r.value.items));
        setIsDemo(r.value.isDemo);
      }
    });
  }, [api, kind]);

  async function save() {
    const parsed = parsePlaceLines(text);
    if (!parsed.ok) {
      setMessage({ ok: false, text: t('settings.parseError', { line: parsed.line }) });
      return;
    }
    const result = await api.invoke(`${kind}.replace`, { items: parsed.items }, { session });
    if (result.ok) {
      setIsDemo(result.value.isDemo);
      setText(formatPlaceLines(result.value.items));
      setMessage({ ok: true, text: t('settings.saved') });
    } else {
      setMessage({ ok: false, text: t(result.error.messageKey, result.error.params) });
    }
  }

  const title = t(kind === 'desks' ? 'settings.desksTitle' : 'settings.lockersTitle');
  return (
    <Stack data-testid={`settings-${kind}`}>
      <Group>
        <Title order={2} size="h3">
          {title}
        </Title>
        {isDemo && (
          <Badge color="yellow.4" autoContrast>
            Demo
          </Badge>
        )}
      </Group>
      {isDemo && <Text size="sm">{t('settings.demoNote')}</Text>}
      <Textarea
        label={title}
        description={t('settings.placesHelp')}
        autosize
        minRows={8}
        maxRows={20}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        styles={{ input: { fontFamily: 'monospace' } }}
      />
      {message && (
        <Alert color={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      )}
      <Button onClick={() => void save()} w={160}>
        {t('settings.save')}
      </Button>
    </Stack>
  );
}

/** Settings: replace the demo desks and lockers with the real ones. */
export function PlacesSettings({ session }: { session: string }) {
  return (
    <Grid>
      <Grid.Col span={6}>
        <PlacesEditor kind="desks" session={session} />
      </Grid.Col>
      <Grid.Col span={6}>
        <PlacesEditor kind="lockers" session={session} />
      </Grid.Col>
    </Grid>
  );
}
