import { describe, expect, it } from 'vitest';
import { agendaFit, agendaFitWarning, finishRefusal, isAllDone, meetingClock, plannedEnd, startRefusal, unfinishedBusiness } from '../../../domain/meeting';

const planned = { status: 'gepland' as const, date: '2026-12-10' };

describe('starting and finishing a meeting', () => {
  it('asks before starting a meeting before its date, and starts it once confirmed', () => {
    expect(startRefusal(planned, '2026-11-28')).toEqual({
      kind: 'confirm',
      message: 'Dit overleg staat gepland op donderdag 10 december 2026, en vandaag is het zaterdag 28 november 2026. Weet u zeker dat u het nu al wilt starten?',
    });
    expect(startRefusal(planned, '2026-11-28', true)).toBeNull();
    expect(startRefusal(planned, '2026-12-10')).toBeNull();
    expect(startRefusal(planned, '2026-12-11')).toBeNull();
  });

  it('never starts twice or after closing', () => {
    expect(startRefusal({ ...planned, status: 'bezig' }, '2026-12-10', true)?.kind).toBe('conflict');
    expect(startRefusal({ ...planned, status: 'afgerond' }, '2026-12-10', true)?.kind).toBe('conflict');
  });

  it('finishes only a meeting that was started, and asks before its date', () => {
    expect(finishRefusal(planned, '2026-12-10', true)).toMatchObject({ kind: 'conflict', message: expect.stringMatching(/nog niet gestart/) });
    expect(finishRefusal({ ...planned, status: 'bezig' }, '2026-11-28')).toMatchObject({ kind: 'confirm', message: expect.stringMatching(/nu al wilt afronden/) });
    expect(finishRefusal({ ...planned, status: 'bezig' }, '2026-11-28', true)).toBeNull();
    expect(finishRefusal({ ...planned, status: 'bezig' }, '2026-12-10')).toBeNull();
    expect(finishRefusal({ ...planned, status: 'afgerond' }, '2026-12-10')?.kind).toBe('conflict');
  });
});

describe('time of a meeting', () => {
  it('ends at its end time, or after its agenda (at least half an hour), also past midnight', () => {
    expect(plannedEnd({ date: '2026-12-08', startTime: '19:30', endTime: '21:00' }, 95)).toEqual({ date: '2026-12-08', time: '21:00' });
    expect(plannedEnd({ date: '2026-12-08', startTime: '19:30', endTime: null }, 95)).toEqual({ date: '2026-12-08', time: '21:05' });
    expect(plannedEnd({ date: '2026-12-08', startTime: '19:30', endTime: null }, 10)).toEqual({ date: '2026-12-08', time: '20:00' });
    expect(plannedEnd({ date: '2099-12-31', startTime: '23:59', endTime: null }, 95)).toEqual({ date: '2100-01-01', time: '01:34' });
  });

  it('warns when the agenda does not fit in the slot: 95 minutes in 90', () => {
    const fit = agendaFit({ startTime: '19:30', endTime: '21:00' }, [5, 15, 30, 20, 15, 5, 5]);
    expect(fit).toEqual({ slotMinutes: 90, agendaMinutes: 95, overBy: 5 });
    expect(agendaFitWarning(fit)).toBe('De agenda telt 95 minuten, 5 meer dan de 90 minuten van het overleg.');
    expect(agendaFitWarning(agendaFit({ startTime: '19:30', endTime: '21:30' }, [5, 15, 30, 20, 15, 5, 5]))).toBeNull();
    expect(agendaFitWarning(agendaFit({ startTime: '19:30', endTime: null }, [500]))).toBeNull();
  });

  it('runs the meeting clock against the planned end', () => {
    expect(meetingClock({ date: '2026-12-08', time: '20:40' }, { date: '2026-12-08', time: '19:32' }, { date: '2026-12-08', time: '21:00' })).toEqual({ runningMinutes: 68, minutesLeft: 20 });
    expect(meetingClock({ date: '2026-12-08', time: '21:10' }, { date: '2026-12-08', time: '19:32' }, { date: '2026-12-08', time: '21:00' }).minutesLeft).toBe(-10);
  });
});

describe('what is unfinished when the chair closes', () => {
  it('names the items never discussed and the members not registered, and counts carried items without a follow-up', () => {
    const u = unfinishedBusiness({
      agenda: [
        { title: 'Opening', spentSeconds: 300, isCurrent: false },
        { title: 'Wijkagenda', spentSeconds: 0, isCurrent: false },
        { title: 'Sluiting', spentSeconds: 0, isCurrent: true },
      ],
      attendance: [
        { name: 'Wendy Kramer', status: 'aanwezig' },
        { name: 'Kees Mulder', status: null },
      ],
      // Counted by the meeting read: open and without a follow-up in this meeting.
      carriedActions: { waiting: 1 },
      carriedSignals: { waiting: 1 },
    });
    expect(u).toEqual({ notDiscussed: ['Wijkagenda'], unregistered: ['Kees Mulder'], actionsWithoutFollowUp: 1, signalsWithoutFollowUp: 1 });
    expect(isAllDone(u)).toBe(false);
    expect(isAllDone({ notDiscussed: [], unregistered: [], actionsWithoutFollowUp: 0, signalsWithoutFollowUp: 0 })).toBe(true);
  });
});
