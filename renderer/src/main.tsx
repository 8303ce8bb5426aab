import '@mantine/core/styles.css';
import 'react-simple-keyboard/build/css/index.css';
import './styles.css';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { App } from './App';
import { ApiContext } from './api/ApiContext';
import { ConnectionProvider, connectionStore } from './api/connection';
import { createHttpClient, takeSecretFromLocation } from './api/httpClient';
import { initI18n } from './i18n/i18n';
import { theme } from './theme';
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
  createRoot(document.getElementById('root')!).render(
    <MantineProvider theme={theme}>
      <ApiContext.Provider value={api}>
        <ConnectionProvider>
          <App />
        </ConnectionProvider>
      </ApiContext.Provider>
    </MantineProvider>,
  );
}

void start();
