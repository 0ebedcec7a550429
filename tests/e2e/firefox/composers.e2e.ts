/**
 * The shared composer scenarios (../scenarios.ts) in real Firefox, with the
 * Firefox e2e build installed.
 */
import { composerScenarios } from '../scenarios';
import { launchFirefoxDriver } from './driver';

composerScenarios(launchFirefoxDriver);
