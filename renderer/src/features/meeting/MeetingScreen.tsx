import { useEffect, useMemo, useRef, useState } from 'react';
import { MEETING_STATUSES } from '../../../../contract/schemas/meetings';
import { call, messageOf } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { href } from '../../layout/router';
import { Alert, StatusBadge } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { formatWeekday } from '../../ui/format';
import { trackSave } from '../../ui/saveStatus';
import { AgendaSidebar } from './AgendaSidebar';
import { ItemContent } from './ItemContent';
import { MeetingContext, type FormRequest, type MeetingContextValue } from './MeetingContext';
import { ShortcutHelp } from './ShortcutHelp';
import { useShortcuts, type Shortcut } from './useShortcuts';

/**
 * Vergadermodus: the agenda on the left, the current item large on the right. Built to be
 * projected while twelve people talk, and driven from the keyboard.
 */
export function MeetingScreen({ meetingId }: { meetingId: number }) {
  const meeting = useQuery('meeting:get', { id: meetingId }, { enabled: Number.isInteger(meetingId) && meetingId > 0 });
  const organisations = useQuery('organisation:list', {});
  const people = useQuery('person:list', {});
  const [form, setForm] = useState<FormRequest | null>(null);
  const [viewedItemId, setViewedItemId] = useState<number | null>(null);
  const [help, setHelp] = useState(false);
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const mainRef = useRef<HTMLElement>(null);

  const detail = meeting.data;
  const agenda = useMemo(() => detail?.agenda ?? [], [detail]);
  const currentId = detail?.meeting.currentItemId ?? null;
  // The chair may look at another item without moving the meeting on; by default: the current one.
  const shownId = viewedItemId ?? currentId ?? agenda[0]?.id ?? null;
  const shown = agenda.find((i) => i.id === shownId) ?? agenda[0] ?? null;
  const readOnly = detail?.meeting.status === 'afgerond';

  useEffect(() => {
    if (detail) document.title = `${detail.meeting.teamName} — ${formatWeekday(detail.meeting.date)} — Wijkoverleg`;
  }, [detail]);

  const run = async (work: () => Promise<unknown>, ok?: string) => {
    try {
      await trackSave(work);
      if (ok) setNotice({ type: 'ok', text: ok });
    } catch (e) {
      setNotice({ type: 'error', text: messageOf(e) });
    }
  };

  const goTo = (itemId: number) => {
    setViewedItemId(null);
    setForm(null);
    if (detail?.meeting.status === 'bezig') void run(() => call('agenda:setCurrent', { meetingId, itemId }));
    else setViewedItemId(itemId);
    mainRef.current?.focus();
  };
  const next = () => {
    if (!detail) return;
    if (detail.meeting.status === 'bezig') {
      setViewedItemId(null);
      setForm(null);
      void run(() => call('agenda:next', { meetingId }));
    } else {
      const index = agenda.findIndex((i) => i.id === shown?.id);
      const target = agenda[Math.min(index + 1, agenda.length - 1)];
      if (target) setViewedItemId(target.id);
    }
  };
  const previous = () => {
    const index = agenda.findIndex((i) => i.id === shown?.id);
    const target = agenda[Math.max(index - 1, 0)];
    if (target) goTo(target.id);
  };
  const undo = () =>
    void trackSave(() => call('undo:last', { meetingId }))
      .then((r) => setNotice(r.undone ? { type: 'ok', text: `Ongedaan gemaakt: ${r.undone}` } : { type: 'ok', text: 'Er is niets meer om ongedaan te maken.' }))
      .catch((e: unknown) => setNotice({ type: 'error', text: messageOf(e) }));

  const editable = !!detail && !readOnly;
  const shortcuts: Shortcut[] = [
    { keys: ['v', 'PageDown', 'alt+ArrowDown'], label: 'Volgend agendapunt', run: next },
    { keys: ['PageUp', 'alt+ArrowUp'], label: 'Vorig agendapunt', run: previous },
    { keys: ['s', 'alt+s'], label: 'Nieuw signaal', run: () => editable && setForm({ kind: 'signal' }) },
    { keys: ['a', 'alt+a'], label: 'Nieuwe actie (afspraak)', run: () => editable && setForm({ kind: 'action' }) },
    { keys: ['b', 'alt+b'], label: 'Nieuw besluit', run: () => editable && setForm({ kind: 'decision' }) },
    { keys: ['ctrl+z'], label: 'Laatste wijziging ongedaan maken', run: () => editable && undo() },
    { keys: ['?'], label: 'Deze hulp tonen', run: () => setHelp(true) },
    { keys: ['Escape'], label: 'Formulier of hulp sluiten (vanuit een invulveld: twee keer)', run: () => (help ? setHelp(false) : setForm(null)) },
    ...agenda.slice(0, 9).map((item, i) => ({ keys: [String(i + 1)], label: `Naar agendapunt ${i + 1}`, run: () => goTo(item.id) })),
  ];
  useShortcuts(shortcuts, !!detail);

  if (meeting.error) {
    return (
      <div className="wo-page">
        <Alert type="error">{meeting.error}</Alert>
        <a className="utrecht-link" href={href('/overleggen')}>
          Terug naar de overleggen
        </a>
      </div>
    );
  }
  if (!detail || !shown) return <p className="wo-loading wo-page">Overleg wordt geladen…</p>;

  const m = detail.meeting;
  const context: MeetingContextValue = {
    detail,
    meetingId,
    readOnly,
    organisations: organisations.data ?? [],
    people: people.data ?? [],
    form,
    openForm: setForm,
    closeForm: () => setForm(null),
  };

  return (
    <MeetingContext.Provider value={context}>
      <div className="wo-meeting">
        <header className="wo-meeting__header">
          <div>
            <p className="wo-meeting__crumb">
              <a className="utrecht-link" href={href('/overleggen')}>
                Overleggen
              </a>{' '}
              › {m.wijkName}
            </p>
            <h1 className="utrecht-heading-1 wo-meeting__title">
              {m.teamName}
            </h1>
            <p className="wo-meeting__meta">
              {formatWeekday(m.date)}, {m.startTime}
              {m.endTime ? `–${m.endTime}` : ''} · {m.place}
              {m.chairName ? ` · voorzitter ${m.chairName}` : ''}
              {m.secretaryName ? ` · notulist ${m.secretaryName}` : ''}
            </p>
          </div>
          <div className="wo-meeting__controls">
            <StatusBadge tone={m.status === 'bezig' ? 'active' : m.status === 'afgerond' ? 'inactive' : 'neutral'}>{MEETING_STATUSES[m.status]}</StatusBadge>
            {m.status === 'gepland' ? (
              <Button variant="primary" onClick={() => void run(() => call('meeting:start', { id: meetingId }), 'Het overleg is gestart.')}>
                Overleg starten
              </Button>
            ) : null}
            {m.status === 'bezig' ? (
              <Button variant="secondary" onClick={() => void run(() => call('meeting:finish', { id: meetingId }), 'Het overleg is afgerond.')}>
                Overleg afronden
              </Button>
            ) : null}
            {m.status === 'afgerond' ? (
              <a className="utrecht-button utrecht-button--secondary-action wo-linkbutton" href={href(`/wijkagenda/overleg/${meetingId}`)}>
                Naar wijkagenda
              </a>
            ) : null}
            {m.status === 'afgerond' ? (
              <Button variant="subtle" onClick={() => void run(() => call('meeting:reopen', { id: meetingId }), 'Het overleg is heropend.')}>
                Heropenen
              </Button>
            ) : null}
            {!readOnly ? (
              <Button variant="subtle" onClick={undo} disabled={!detail.undoLabel} title={detail.undoLabel ?? 'Niets om ongedaan te maken'}>
                Ongedaan maken{detail.undoLabel ? `: ${detail.undoLabel}` : ''}
              </Button>
            ) : null}
            <Button variant="subtle" onClick={() => setHelp(true)} aria-keyshortcuts="?">
              Sneltoetsen
            </Button>
          </div>
        </header>
        {notice ? (
          <div className="wo-meeting__notice">
            <Alert type={notice.type}>{notice.text}</Alert>
          </div>
        ) : null}
        <div className="wo-meeting__body">
          <AgendaSidebar shownId={shown.id} onSelect={goTo} onNext={next} />
          <section className="wo-meeting__main" ref={mainRef} tabIndex={-1} aria-label={`Agendapunt: ${shown.title}`}>
            <ItemContent key={shown.id} item={shown} />
          </section>
        </div>
        {help ? <ShortcutHelp shortcuts={shortcuts} onClose={() => setHelp(false)} /> : null}
      </div>
    </MeetingContext.Provider>
  );
}
