import { useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/useApiQuery';
import { useSignedIn } from '../session/SignedIn';

/** Finds a visitor by name, e-mail or phone (visitors.search) and picks one by id. */
export function VisitorPicker({
  value,
  onChange,
  label,
  testId = 'visitor-picker',
}: {
  value: string | null;
  onChange: (visitorId: string | null) => void;
  label: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const found = useApiQuery(
    'visitors.search',
    { query: debounced },
    { session, enabled: debounced.length >= 2, keepPrevious: true },
  );
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const options = (found.data?.items ?? []).map((v) => ({
    value: v.id,
    label: v.erasedAt ? t('admin.visitors.erasedName') : `${v.fullName} · ${v.email}`,
  }));
  const data = chosen && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options;
  return (
    <Select
      label={label}
      placeholder={t('admin.visitors.searchHint')}
      searchable
      clearable
      w={320}
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      // The core searched already; every answer it gave is a match.
      filter={({ options: all }) => all}
      nothingFoundMessage={debounced.length >= 2 ? t('desk.noMatch') : t('admin.visitors.typeMore')}
      onChange={(id, option) => {
        setChosen(option ?? null);
        onChange(id);
      }}
      data-testid={testId}
    />
  );
}
