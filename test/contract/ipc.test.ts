import { ipcTransport } from './ipcTransport';
import { runContractSuite } from './contractSuite';

runContractSuite('IPC through the preload bridge', ipcTransport);
