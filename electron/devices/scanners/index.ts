// Public surface of the scanner layer for the app's wiring (electron/main, electron/host, services).
// The renderer must not import this barrel (it reaches node-hid/serialport adapters); it imports
// wedgeDetector.ts / usKeymap.ts / keyInput.ts directly.
export type { Scanner, ScanListener, StateListener } from './scanner';
export { ScannerHub, scannerIdFor } from './scannerHub';
export type { AvailableScanner, AvailableScanners, ScannerHubDeps } from './scannerHub';
export { deviceProblemKeys, classifyDeviceError, DeviceNotFoundError } from './deviceProblem';
export type { DeviceProblem } from './deviceProblem';
export { HidPosScanner } from './hidPosScanner';
export type { HidBackend, HidDeviceInfo, HidHandle } from './hidBackend';
export { createNodeHidBackend } from './nodeHidBackend';
export { SerialScanner } from './serialScanner';
export { openSerialPort, listSerialPorts } from './serialPort';
export type { SerialLike, SerialOpener, SerialLister } from './serialPort';
export { KeyboardWedgeScanner } from './keyboardWedgeScanner';
export type { KeyInput, KeySource } from '../../../shared/scanning/keyInput';
export { WedgeDetector, wedgeDefaults, wedgeTimingPresets } from '../../../shared/scanning/wedgeDetector';
export type { WedgeConfig } from '../../../shared/scanning/wedgeDetector';
