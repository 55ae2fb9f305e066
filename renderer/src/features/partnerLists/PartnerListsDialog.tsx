import { useEffect, useRef, useState } from 'react';
import { countNl } from '../../../../domain/text';
import type { PartnerListMade, PartnerListPlan } from '../../../../contract/schemas/partnerLists';
import { call, messageOf } from '../../api/client';
import { Alert, StatusBadge } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { formatDate } from '../../ui/format';

export type PartnerListSource = { meetingId: number } | { teamId: number; asOf: string };

type Phase =
  | { kind: 'plan' }
  | { kind: 'making'; folder: { folderId: string; path: string }; done: PartnerListMade[]; current: string }
  | { kind: 'done'; folder: { folderId: string; path: string }; made: PartnerListMade[]; failed: { name: string; message: string }[] };


/**
 * "Actielijsten maken": every organisation with open actions in the team gets its PDF and a mail
 * draft, in a folder the user picks. One request per organisation, so the bar shows real
 * progress and one failing list does not stop the others.
 */
export function PartnerListsDialog({ source, onClose }: { source: PartnerListSource; onClose: () => void }) {
  const [plan, setPlan] = useState<PartnerListPlan | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'plan' });
  const [error, setError] = useState<string | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const cancelled = useRef(false);

  useEffect(() => {
    let stale = false;
    call('partnerList:list', source)
      .then((p) => !stale && setPlan(p))
      .catch((e: unknown) => !stale && setError(messageOf(e)));
    return () => {
      stale = true;
    };
    // The source object is fixed for the life of the dialog.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(
    () => () => {
      cancelled.current = true;
    },
    [],
  );

  const make = async () => {
    if (!plan) return;
    setError(null);
    let folder;
    try {
      folder = await call('folder:choose', { purpose: 'partnerLists' });
    } catch (e) {
      setError(messageOf(e));
      return;
    }
    if (!folder) return;
    const made: PartnerListMade[] = [];
    const failed: { name: string; message: string }[] = [];
    for (const organisation of plan.organisations) {
      if (cancelled.current) return;
      setPhase({ kind: 'making', folder, done: [...made], current: organisation.organisationName });
      try {
        made.push(await call('partnerList:make', { ...source, organisationId: organisation.organisationId, folderId: folder.folderId }));
      } catch (e) {
        failed.push({ name: organisation.organisationName, message: messageOf(e) });
      }
    }
    setPhase({ kind: 'done', folder, made, failed });
  };

  const openFolder = async (folderId: string) => {
    try {
      const result = await call('folder:open', { folderId });
      setOpened(result.opened ? 'De map is geopend.' : 'De map kon niet worden geopend; het pad staat hierboven.');
    } catch (e) {
      setOpened(messageOf(e));
    }
  };

  const title = plan?.meetingDate ? `Actielijsten na het overleg van ${formatDate(plan.meetingDate)}` : 'Actielijsten maken';
  const total = plan?.organisations.length ?? 0;

  return (
    <Dialog title={title} onClose={phase.kind === 'making' ? () => undefined : onClose}>
      <div className="wo-partnerlists">
        {error ? <Alert type="error">{error}</Alert> : null}
        {!plan && !error ? <p aria-live="polite">Even kijken welke organisaties open acties hebben…</p> : null}

        {plan && phase.kind === 'plan' ? (
          <>
            <p>
              {plan.teamName}, stand {formatDate(plan.asOf)}.{' '}
              {total === 0
                ? 'Geen enkele organisatie heeft open acties in dit team: er is niets te versturen.'
                : `${countNl(total, 'organisatie krijgt', 'organisaties krijgen')} een eigen actielijst (PDF) met een e-mailconcept (.eml) om te controleren en te versturen. Elke lijst bevat de open acties van de organisatie in al haar teams.`}
            </p>
            {total > 0 ? (
              <table className="utrecht-table wo-table wo-partnerlists__table">
                <caption className="wo-visually-hidden">Organisaties die een actielijst krijgen</caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th scope="col" className="utrecht-table__header-cell">Organisatie</th>
                    <th scope="col" className="utrecht-table__header-cell wo-report__num">Open acties</th>
                    <th scope="col" className="utrecht-table__header-cell">Mail aan</th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {plan.organisations.map((o) => (
                    <tr key={o.organisationId} className="utrecht-table__row">
                      <th scope="row" className="utrecht-table__cell wo-cell--first">
                        <span className="wo-block">{o.organisationName}</span>
                        {o.absent ? (
                          <StatusBadge tone="warning" title="Niemand van deze organisatie was bij het overleg: juist zij hebben de lijst nodig">
                            Niet bij het overleg
                          </StatusBadge>
                        ) : null}
                      </th>
                      <td className="utrecht-table__cell wo-report__num">{o.openActions}</td>
                      <td className="utrecht-table__cell">{o.recipients > 0 ? countNl(o.recipients, 'teamlid', 'teamleden') : <span className="wo-muted">zelf invullen</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            {plan.verslagTitle ? <p className="wo-hint">Het vastgestelde verslag gaat als bijlage mee: {plan.verslagTitle}.</p> : null}
            <p className="wo-hint wo-small">Vertrouwelijke signalen staan er alleen met thema, buurt en status in; de details blijven bij de wijkmanager.</p>
            <div className="wo-buttons">
              {total > 0 ? (
                <Button variant="primary" onClick={() => void make()}>
                  Kies een map en maak {countNl(total, 'lijst', 'lijsten')}
                </Button>
              ) : null}
              <Button variant="subtle" onClick={onClose}>
                {total > 0 ? 'Annuleren' : 'Sluiten'}
              </Button>
            </div>
          </>
        ) : null}

        {phase.kind === 'making' ? (
          <div aria-live="polite">
            <label className="utrecht-form-label" htmlFor="wo-partnerlists-progress">
              Lijst {phase.done.length + 1} van {total}: {phase.current}
            </label>
            <progress id="wo-partnerlists-progress" className="wo-progress" max={total} value={phase.done.length}>
              {phase.done.length} van {total}
            </progress>
            <p className="wo-hint wo-small">Naar {phase.folder.path}</p>
          </div>
        ) : null}

        {phase.kind === 'done' ? (
          <div className="wo-partnerlists__done">
            <Alert type={phase.failed.length > 0 ? 'warning' : 'ok'}>
              {countNl(phase.made.length, 'actielijst is', 'actielijsten zijn')} gemaakt, elk met een e-mailconcept.
              {phase.failed.length > 0 ? ` ${countNl(phase.failed.length, 'lijst lukte', 'lijsten lukten')} niet.` : ''}
            </Alert>
            <progress className="wo-progress" max={total} value={total} aria-label="Klaar">
              klaar
            </progress>
            <table className="utrecht-table wo-table wo-partnerlists__table">
              <caption className="wo-visually-hidden">Gemaakte actielijsten</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">Organisatie</th>
                  <th scope="col" className="utrecht-table__header-cell wo-report__num">Acties</th>
                  <th scope="col" className="utrecht-table__header-cell">Bestanden</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {phase.made.map((m) => (
                  <tr key={m.organisationId} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__cell wo-cell--first">
                      {m.organisationName}
                    </th>
                    <td className="utrecht-table__cell wo-report__num">
                      {m.counts.open}
                      {m.counts.overdue > 0 ? <span className="wo-overdue"> ({m.counts.overdue} verlopen)</span> : null}
                    </td>
                    <td className="utrecht-table__cell wo-small">
                      {m.files.map((f) => (
                        <span key={f} className="wo-block">
                          {f}
                        </span>
                      ))}
                      {m.recipients.length === 0 ? <span className="wo-block wo-muted">Geen e-mailadres bekend: vul de ontvanger zelf in.</span> : null}
                    </td>
                  </tr>
                ))}
                {phase.failed.map((f) => (
                  <tr key={f.name} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__cell wo-cell--first">
                      {f.name}
                    </th>
                    <td className="utrecht-table__cell" colSpan={2}>
                      <span className="wo-overdue">Niet gelukt: {f.message}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>
              De bestanden staan in <strong className="wo-path">{phase.folder.path}</strong>. Open de .eml-bestanden in Outlook of Thunderbird, controleer ze en verstuur.
            </p>
            {opened ? <p role="status">{opened}</p> : null}
            <div className="wo-buttons">
              {plan?.canOpenFolder ? (
                <Button variant="primary" onClick={() => void openFolder(phase.folder.folderId)}>
                  Map openen
                </Button>
              ) : null}
              <Button variant={plan?.canOpenFolder ? 'subtle' : 'primary'} onClick={onClose}>
                Sluiten
              </Button>
            </div>
          </div>
        ) : null}
      </div>
    </Dialog>
  );
}
