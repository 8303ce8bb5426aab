import { useState } from 'react';
import { Button, FileButton, Group, Image, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SchemaForm } from '../forms/useSchemaForm';
import { LETTERHEAD_LINES, LOGO_TYPES, logoFileProblem } from './identityForm';

const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });

/**
 * The office's identity (site name, office name, letterhead, logo), as the setup screen and the
 * settings both ask for it. Every screen, slip and report takes the office's name from here (issue
 * 8). `prefix` is where the fields sit on the form ('site.' in the setup form).
 */
export function IdentityFields({
  form,
  prefix = '',
  size = 'sm',
}: {
  // Any form with the identity fields under `prefix`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: SchemaForm<any>;
  prefix?: string;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { t } = useTranslation();
  const [logoProblem, setLogoProblem] = useState<string | null>(null);
  const path = (name: string) => `${prefix}${name}`;
  const logoProps = form.getInputProps(path('logo'));
  const logoValue = logoProps.value as string | null;
  const logoError = logoProblem ? t(logoProblem) : (logoProps.error as string | undefined);

  const pick = async (file: File | null) => {
    if (!file) return;
    const problem = logoFileProblem(file);
    setLogoProblem(problem);
    if (problem) return;
    form.setFieldValue(path('logo'), await readAsDataUrl(file));
  };

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" data-testid="identity-fields">
      <Stack gap="sm">
        <TextInput
          size={size}
          label={t('admin.identity.siteName')}
          description={t('admin.identity.siteNameHint')}
          withAsterisk
          maxLength={120}
          {...form.getInputProps(path('siteName'))}
          data-testid="identity-siteName"
        />
        <TextInput
          size={size}
          label={t('admin.identity.officeName')}
          description={t('admin.identity.officeNameHint')}
          withAsterisk
          maxLength={160}
          {...form.getInputProps(path('officeName'))}
          data-testid="identity-officeName"
        />
        <Paper withBorder p="sm" bg="gray.0">
          <Text fw={600} size={size}>
            {t('admin.identity.logo')}
          </Text>
          <Text size="sm" c="gray.8">
            {t('admin.identity.logoHint')}
          </Text>
          <Group mt="xs" align="center">
            {logoValue ? (
              <Image
                src={logoValue}
                alt={t('admin.identity.logoAlt')}
                h={72}
                w="auto"
                fit="contain"
                data-testid="identity-logo-preview"
              />
            ) : (
              <Text size="sm" c="gray.8">
                {t('admin.identity.noLogo')}
              </Text>
            )}
            <FileButton onChange={(f) => void pick(f)} accept={LOGO_TYPES.join(',')}>
              {(props) => (
                <Button variant="default" size={size} {...props} data-testid="identity-logo-pick">
                  {t('admin.identity.logoPick')}
                </Button>
              )}
            </FileButton>
            {logoValue && (
              <Button
                variant="outline"
                color="red.9"
                size={size}
                onClick={() => form.setFieldValue(path('logo'), null)}
                data-testid="identity-logo-remove"
              >
                {t('admin.identity.logoRemove')}
              </Button>
            )}
          </Group>
          {logoError && (
            <Text c="red.9" size="sm" mt={4} role="alert" data-testid="identity-logo-error">
              {logoError}
            </Text>
          )}
        </Paper>
      </Stack>
      <Stack gap="sm">
        <Text fw={600} size={size}>
          {t('admin.identity.letterhead')}
        </Text>
        <Text size="sm" c="gray.8" mt={-8}>
          {t('admin.identity.letterheadHint')}
        </Text>
        {Array.from({ length: LETTERHEAD_LINES }, (_, i) => (
          <TextInput
            key={i}
            size={size}
            aria-label={t('admin.identity.letterheadLine', { n: i + 1 })}
            placeholder={t(`admin.identity.letterheadExample${i + 1}`)}
            maxLength={160}
            {...form.getInputProps(path(`letterhead.${i}`))}
            data-testid={`identity-letterhead-${i}`}
          />
        ))}
      </Stack>
    </SimpleGrid>
  );
}
