// The numbering of the letters Loket writes: the pattern with its places, the classification code and
// the unit, and the numbers it gives as the admin types (formatLetterNumber, as the letters use it).
import { Code, Grid, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatLetterNumber } from '../../../../shared/requests/letterNumber';
import { letterNumberingSchema, type RequestSettings } from '../../../../shared/requests/requestSettings';
import { useDates } from '../../dates/useDates';
import type { SchemaForm } from '../../forms/useSchemaForm';

/** A later letter to show beside the first, so the sequence's place is plain. */
const LATER = 21;

export function NumberingEditor({ form }: { form: SchemaForm<RequestSettings> }) {
  const { t } = useTranslation();
  const dates = useDates();
  const year = dates.today ? Number(dates.today.slice(0, 4)) : null;
  const numbering = form.values.numbering;
  const valid = letterNumberingSchema.safeParse(numbering).success;
  return (
    <>
      <Text size="sm" c="gray.8">
        {t('requests.settings.numberingExplain')}
      </Text>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Stack gap="sm">
            <TextInput
              label={t('requests.settings.pattern')}
              description={t('requests.settings.patternHint')}
              maxLength={80}
              styles={{ input: { fontFamily: 'monospace' } }}
              {...form.getInputProps('numbering.pattern')}
              data-testid="rs-number-pattern"
            />
            <TextInput
              label={t('requests.settings.code')}
              description={t('requests.settings.codeHint')}
              maxLength={40}
              {...form.getInputProps('numbering.code')}
              data-testid="rs-number-code"
            />
            <TextInput
              label={t('requests.settings.unit')}
              description={t('requests.settings.unitHint')}
              maxLength={40}
              {...form.getInputProps('numbering.unit')}
              data-testid="rs-number-unit"
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Paper withBorder p="md" data-testid="rs-number-preview" aria-live="polite">
            <Text size="sm" fw={600} mb={6}>
              {t('requests.settings.preview')}
            </Text>
            {valid && year !== null && (
              <Table withRowBorders={false} verticalSpacing={4}>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Td>{t('requests.settings.previewFirst', { year })}</Table.Td>
                    <Table.Td>
                      <Code fz="md" data-testid="rs-number-first">
                        {formatLetterNumber(numbering, 1, year)}
                      </Code>
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Td>{t('requests.settings.previewLater', { n: LATER, year })}</Table.Td>
                    <Table.Td>
                      <Code fz="md">{formatLetterNumber(numbering, LATER, year)}</Code>
                    </Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            )}
          </Paper>
        </Grid.Col>
      </Grid>
    </>
  );
}
