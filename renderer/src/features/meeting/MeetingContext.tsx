import { createContext, useContext } from 'react';
import type { MeetingDetail } from '../../../../contract/schemas/meetings';
import type { Organisation, Person } from '../../../../contract/schemas/masterdata';

/** What every panel of the meeting screen needs, without threading it through each level. */
export interface MeetingContextValue {
  detail: MeetingDetail;
  meetingId: number;
  /** Afgerond meetings are shown, not edited (corrections go through reopening). */
  readOnly: boolean;
  organisations: Organisation[];
  people: Person[];
  /** Which quick-capture form is open, so shortcuts and buttons can open them. */
  form: FormRequest | null;
  openForm: (request: FormRequest) => void;
  /** Closes the form and puts focus back where it was opened from. */
  closeForm: () => void;
  /** A short message at the bottom of the screen, where it is seen whatever is scrolled. */
  notify: (text: string) => void;
}

export type FormRequest =
  | { kind: 'signal'; organisationId?: number | null; personId?: number | null }
  | { kind: 'action'; signalId?: number | null }
  | { kind: 'decision' }
  /** Correcting a signal or action of this meeting, in place. */
  | { kind: 'editSignal'; id: number }
  | { kind: 'editAction'; id: number };

export const MeetingContext = createContext<MeetingContextValue | null>(null);

export function useMeeting(): MeetingContextValue {
  const value = useContext(MeetingContext);
  if (!value) throw new Error('useMeeting outside MeetingScreen');
  return value;
}
