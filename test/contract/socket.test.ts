import { runContractSuite } from './contractSuite';
import { socketTransport } from './socketTransport';

runContractSuite('WebSocket calls on loopback', socketTransport);
