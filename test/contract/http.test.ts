import { runContractSuite } from './contractSuite';
import { httpTransport } from './httpTransport';

runContractSuite('HTTP on loopback', httpTransport);
