import '@mantine/core/styles.css';
import 'react-simple-keyboard/build/css/index.css';
import './styles.css';
import { createRoot } from 'react-dom/client';
import { MantineProvider, type CSSVariablesResolver } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './App';
import { ApiContext } from './api/ApiContext';
import { ConnectionProvider, connectionStore } from './api/connection';
import { createHttpClient, takeSecretFromLocation } from './api/httpClient';
import { LiveData } from './api/LiveData';
import { createQueryClient } from './api/queryClient';
import { initI18n } from './i18n/i18n';
import { theme } from './theme';
import type { KioskApi } from '../../shared/contract';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the loopback host serves the page. */
    kiosk?: KioskApi;
  }
}

// Mantine's "dimmed" grey and its error red are below WCAG AA contrast on white; hints and error
// messages are read at arm's length (kiosk) and all day (desk), so both are darker everywhere.
const readableColours: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});

async function start(): Promise<void> {
  await initI18n();
  let api = window.kiosk;
  if (!api) {
    const secret = takeSecretFromLocation(window.location, window.localStorage);
    api = createHttpClient(secret ?? '', (connected) => connectionStore.setHostConnected(connected));
  } else {
    connectionStore.setHostConnected(true);
  }
  const queryClient = createQueryClient();
  createRoot(document.getElementById('root')!).render(
    <MantineProvider theme={theme} cssVariablesResolver={readableColours}>
      <ApiContext.Provider value={api}>
        <QueryClientProvider client={queryClient}>
          <LiveData />
          <ConnectionProvider>
            <App />
          </ConnectionProvider>
        </QueryClientProvider>
      </ApiContext.Provider>
    </MantineProvider>,
  );
}

void start();
