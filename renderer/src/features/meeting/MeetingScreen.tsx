import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { MEETING_STATUSES, type MeetingAgenda } from '../../../../contract/schemas/meetings';
import { ApiCallError, call, messageOf } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { href } from '../../layout/router';
import { Alert, StatusBadge } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { formatWeekday } from '../../ui/format';
import { trackSave } from '../../ui/saveStatus';
import { AgendaSidebar } from './AgendaSidebar';
import { CloseMeetingDialog, ConfirmEarlyDialog } from './MeetingDialogs';
import { MeetingClock } from './MeetingClock';
import { Notice, type NoticeValue } from './Notice';
import { IcsButton } from '../meetings/IcsButton';
import { ItemContent } from './ItemContent';
import { MeetingContext, type FormRequest, type MeetingContextValue } from './MeetingContext';
import { ShortcutHelp } from './ShortcutHelp';
import { PartnerListsDialog } from '../partnerLists/PartnerListsDialog';
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
  const [partnerLists, setPartnerLists] = useState(false);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  // Asking before closing (and before starting or closing ahead of the meeting's date).
  const [asking, setAsking] = useState<{ kind: 'finish' } | { kind: 'early'; transition: 'start' | 'finish'; message: string } | null>(null);
  const mainRef = useRef<HTMLElement>(null);
  // Where focus goes back to when a form closes: the button that opened it (found again by its name).
  const opener = useRef<{ element: Element | null; label: string | null }>({ element: null, label: null });

  const detail = meeting.data;
  const agenda = useMemo(() => detail?.agenda ?? [], [detail]);
  const currentId = detail?.meeting.currentItemId ?? null;
  // The chair may look at another item without moving the meeting on; by default: the current one.
  const shownId = viewedItemId ?? currentId ?? agenda[0]?.id ?? null;
  const shown = agenda.find((i) => i.id === shownId) ?? agenda[0] ?? null;
  const readOnly = detail?.meeting.status === 'afgerond';

  // A new item opens at its top, with its heading and first carried action in view.
  useLayoutEffect(() => {
    mainRef.current?.scrollTo({ top: 0, behavior: 'instant' });
  }, [shown?.id]);

  useEffect(() => {
    if (detail) document.title = `${detail.meeting.teamName} — ${formatWeekday(detail.meeting.date)} — Wijkoverleg`;
  }, [detail]);

  const run = async (work: () => Promise<unknown>, ok?: string) => {
    try {
      await trackSave(work);
      if (ok) setNotice({ type: 'ok', text: ok, at: Date.now() });
      return true;
    } catch (e) {
      setNotice({ type: 'error', text: messageOf(e), at: Date.now() });
      return false;
    }
  };
  // After starting or closing, the button pressed disappears: the item itself takes the focus.
  const focusItem = () => mainRef.current?.focus();

  /** Start or finish; a refusal that only needs the chair's word (before the date) becomes a question. */
  const transition = async (kind: 'start' | 'finish', confirmEarly = false) => {
    setAsking(null);
    try {
      await trackSave(() => call(kind === 'start' ? 'meeting:start' : 'meeting:finish', { id: meetingId, confirmEarly }));
      setNotice({ type: 'ok', text: kind === 'start' ? 'Het overleg is gestart.' : 'Het overleg is afgerond.', at: Date.now() });
      focusItem();
    } catch (e) {
      if (e instanceof ApiCallError && e.fields.confirmEarly) setAsking({ kind: 'early', transition: kind, message: e.fields.confirmEarly });
      else setNotice({ type: 'error', text: messageOf(e), at: Date.now() });
    }
  };

  const openForm = useCallback((request: FormRequest) => {
    const active = document.activeElement;
    opener.current = { element: active, label: active?.getAttribute('aria-label') ?? null };
    setForm(request);
  }, []);
  const closeForm = useCallback(() => {
    setForm(null);
    requestAnimationFrame(() => {
      // Only when the focus went down with the form: a key pressed meanwhile (B for the next form) wins.
      if (document.activeElement && document.activeElement !== document.body) return;
      const { element, label } = opener.current;
      const again = label ? document.querySelector<HTMLElement>(`[aria-label="${CSS.escape(label)}"]`) : null;
      const target = element instanceof HTMLElement && element.isConnected && element !== document.body ? element : again;
      (target ?? mainRef.current)?.focus();
    });
  }, []);

  /**
   * Moves the meeting to another item without reloading it: the item shows at once, and the
   * command's answer (the agenda with its timers) replaces the agenda in the meeting read. A
   * refused move puts the previous item and agenda back. Each change goes into the meeting read
   * as it is then, so what was read again meanwhile (a signal just recorded) stays.
   */
  const moveTo = (itemId: number | null, command: () => Promise<MeetingAgenda>) => {
    if (!detail) return;
    const apply = (currentItemId: number | null, items?: MeetingAgenda['items']) =>
      meeting.update((now) => ({ ...now, meeting: { ...now.meeting, currentItemId }, agenda: items ?? now.agenda }));
    const before = { currentItemId: detail.meeting.currentItemId, agenda: detail.agenda };
    apply(itemId);
    void run(async () => {
      try {
        const answer = await command();
        apply(answer.currentItemId, answer.items);
      } catch (e) {
        apply(before.currentItemId, before.agenda);
        throw e;
      }
    });
  };

  const goTo = (itemId: number) => {
    setViewedItemId(null);
    setForm(null);
    if (detail?.meeting.status === 'bezig') moveTo(itemId, () => call('agenda:setCurrent', { meetingId, itemId }));
    else setViewedItemId(itemId);
    mainRef.current?.focus({ preventScroll: true });
  };
  const next = () => {
    if (!detail) return;
    if (detail.meeting.status === 'bezig') {
      setViewedItemId(null);
      setForm(null);
      // After the last item nothing is current (the back end stops the timer).
      const index = agenda.findIndex((i) => i.id === currentId);
      const following = currentId === null ? (agenda[0]?.id ?? null) : (agenda[index + 1]?.id ?? null);
      moveTo(following, () => call('agenda:next', { meetingId }));
    } else {
      const index = agenda.findIndex((i) => i.id === shown?.id);
      const target = agenda[Math.min(index + 1, agenda.length - 1)];
      if (target) setViewedItemId(target.id);
    }
    // The item's own region takes the focus: what was focused (a member, a form) may be gone.
    mainRef.current?.focus({ preventScroll: true });
  };
  const previous = () => {
    const index = agenda.findIndex((i) => i.id === shown?.id);
    const target = agenda[Math.max(index - 1, 0)];
    if (target) goTo(target.id);
  };
  const undo = () =>
    void trackSave(() => call('undo:last', { meetingId }))
      .then((r) => setNotice({ type: 'ok', text: r.undone ? `Ongedaan gemaakt: ${r.undone}` : 'Er is niets meer om ongedaan te maken.', at: Date.now() }))
      .catch((e: unknown) => setNotice({ type: 'error', text: messageOf(e), at: Date.now() }));

  const editable = !!detail && !readOnly;
  const shortcuts: Shortcut[] = [
    // Page Up/Down stay with scrolling a long list; the agenda moves with V or Alt+arrows.
    { keys: ['v', 'alt+ArrowDown'], label: 'Volgend agendapunt', run: next },
    { keys: ['alt+ArrowUp'], label: 'Vorig agendapunt', run: previous },
    { keys: ['s', 'alt+s'], label: 'Nieuw signaal', run: () => editable && openForm({ kind: 'signal' }) },
    { keys: ['a', 'alt+a'], label: 'Nieuwe actie (afspraak)', run: () => editable && openForm({ kind: 'action' }) },
    { keys: ['b', 'alt+b'], label: 'Nieuw besluit', run: () => editable && openForm({ kind: 'decision' }) },
    { keys: ['ctrl+z'], label: 'Laatste wijziging ongedaan maken', run: () => editable && undo() },
    { keys: ['?'], label: 'Deze hulp tonen', run: () => setHelp(true) },
    { keys: ['Escape'], label: 'Formulier of hulp sluiten (vanuit een invulveld: twee keer)', run: () => (help ? setHelp(false) : form ? closeForm() : undefined) },
    ...agenda.slice(0, 9).map((item, i) => ({ keys: [String(i + 1)], label: `Naar agendapunt ${i + 1}`, run: () => goTo(item.id) })),
  ];
  useShortcuts(shortcuts, !!detail && !asking);

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
    openForm,
    closeForm,
    notify: (text) => setNotice({ type: 'ok', text, at: Date.now() }),
  };

  return (
    <MeetingContext.Provider value={context}>
      <div className="wo-meeting">
        <header className="wo-meeting__header">
          <div className="wo-meeting__identity">
            <p className="wo-meeting__crumb">
              <a className="utrecht-link" href={href('/overleggen')}>
                Overleggen
              </a>{' '}
              › {m.wijkName}
            </p>
            <h1 className="utrecht-heading-1 wo-meeting__title">{m.teamName}</h1>
            <p className="wo-meeting__meta">
              {formatWeekday(m.date)}, {m.startTime}
              {m.endTime ? `–${m.endTime}` : ''} · {m.place}
              {m.chairName ? ` · voorzitter ${m.chairName}` : ''}
              {m.secretaryName ? ` · notulist ${m.secretaryName}` : ''}
            </p>
          </div>
          <div className="wo-meeting__controls">
            <MeetingClock detail={detail} />
            <StatusBadge tone={m.status === 'bezig' ? 'active' : m.status === 'afgerond' ? 'inactive' : 'neutral'}>{MEETING_STATUSES[m.status]}</StatusBadge>
            {m.status === 'gepland' ? <IcsButton meetingId={meetingId} onError={(text) => setNotice({ type: 'error', text, at: Date.now() })} /> : null}
            {m.status === 'gepland' ? (
              <Button variant="primary" onClick={() => void transition('start')}>
                Overleg starten
              </Button>
            ) : null}
            {!readOnly ? (
              // Short on screen; the whole step is in its name and tooltip.
              <Button
                variant="subtle"
                onClick={undo}
                disabled={!detail.undoLabel}
                title={detail.undoLabel ?? 'Niets om ongedaan te maken'}
                aria-label={detail.undoLabel ? `Ongedaan maken: ${detail.undoLabel}` : 'Ongedaan maken'}
                aria-keyshortcuts="Control+Z"
              >
                Ongedaan maken
              </Button>
            ) : null}
            <Button variant="subtle" onClick={() => setHelp(true)} aria-keyshortcuts="?">
              Sneltoetsen
            </Button>
            {m.status !== 'gepland' ? (
              <a className="utrecht-button utrecht-button--subtle wo-button-link" href={href(`/verslag/${meetingId}`)}>
                Verslag
              </a>
            ) : null}
            {m.status === 'bezig' ? (
              // At the far end, away from where "Overleg starten" was: a double click never closes the meeting.
              <Button variant="secondary" onClick={() => setAsking({ kind: 'finish' })}>
                Overleg afronden…
              </Button>
            ) : null}
            {m.status === 'afgerond' ? (
              <Button variant="primary" onClick={() => setPartnerLists(true)} title="Elke organisatie met open acties krijgt haar eigen actielijst (PDF) met een e-mailconcept">
                Actielijsten maken
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
          </div>
        </header>
        <div className="wo-meeting__body">
          <AgendaSidebar shownId={shown.id} onSelect={goTo} onNext={next} />
          <section className="wo-meeting__main" ref={mainRef} tabIndex={-1} aria-label={`Agendapunt: ${shown.title}`}>
            <ItemContent key={shown.id} item={shown} />
          </section>
        </div>
        {help ? <ShortcutHelp shortcuts={shortcuts} onClose={() => setHelp(false)} /> : null}
        {partnerLists ? <PartnerListsDialog source={{ meetingId }} onClose={() => setPartnerLists(false)} /> : null}
        {asking?.kind === 'finish' ? <CloseMeetingDialog detail={detail} onConfirm={() => void transition('finish')} onCancel={() => setAsking(null)} /> : null}
        {asking?.kind === 'early' ? (
          <ConfirmEarlyDialog transition={asking.transition} message={asking.message} onConfirm={() => void transition(asking.transition, true)} onCancel={() => setAsking(null)} />
        ) : null}
        {notice ? <Notice notice={notice} onDone={() => setNotice(null)} /> : null}
      </div>
    </MeetingContext.Provider>
  );
}
