import type { SignalStatus } from '../../contract/schemas/signals';

/** A signal stays on the table until it is afgehandeld (doorgezet still needs following). */
export const isSignalOpen = (s: { status: SignalStatus }): boolean => s.status !== 'afgehandeld';
