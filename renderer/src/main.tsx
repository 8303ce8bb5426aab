import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import 'react-simple-keyboard/build/css/index.css';
import './theme/styles.css';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './App';
import { ApiContext } from './api/ApiContext';
import { ConnectionProvider, connectionStore } from './api/connection';
import { createHttpClient, takeSecretFromLocation } from './api/httpClient';
import { LiveData } from './api/LiveData';
import { createQueryClient } from './api/queryClient';
import { DatesSettings } from './dates/DatesSettings';
import { initI18n } from './i18n/i18n';
import { cssVariablesResolver, theme } from './theme/theme';
import type { KioskApi } from '../../shared/contract';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the loopback host serves the page. */
    kiosk?: KioskApi;
  }
}

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
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <DatesSettings>
        <ApiContext.Provider value={api}>
          <QueryClientProvider client={queryClient}>
            <LiveData />
            <ConnectionProvider>
              <App />
            </ConnectionProvider>
          </QueryClientProvider>
        </ApiContext.Provider>
      </DatesSettings>
    </MantineProvider>,
  );
}

void start();
