import { DomainError, notFound } from '../../contract';
import type { BackendContext } from '../context';
import type { HandlerMap } from '../handler';
import * as q from '../../db/queries/teams';
import { getPerson } from '../../db/queries/people';
import { keepOpenMeetingsInLine } from '../meeting/attendance';

const requireTeam = (ctx: BackendContext, id: number) => q.getTeam(ctx.db, id) ?? (() => { throw notFound('Dit team'); })();

function requireCurrentMember(ctx: BackendContext, teamId: number, personId: number | null, field: string, label: string): void {
  if (personId !== null && !q.isCurrentMember(ctx.db, teamId, personId)) {
    throw new DomainError('validation', `De ${label} moet lid zijn van het team. Voeg deze persoon eerst toe als lid.`, {
      [field]: `Kies een huidig teamlid als ${label}.`,
    });
  }
}

export const teamHandlers: HandlerMap<'team:get' | 'team:updateRoles' | 'team:addMember' | 'team:endMember'> = {
  'team:get': (ctx, req) => q.getTeamByWijk(ctx.db, req.wijkId) ?? (() => { throw notFound('Het team van deze wijk'); })(),

  'team:updateRoles': (ctx, req) =>
    ctx.db.transaction(() => {
      const team = requireTeam(ctx, req.teamId);
      if (req.chairId !== undefined) requireCurrentMember(ctx, req.teamId, req.chairId, 'chairId', 'voorzitter');
      if (req.secretaryId !== undefined) requireCurrentMember(ctx, req.teamId, req.secretaryId, 'secretaryId', 'secretaris');
      q.setTeamRoles(ctx.db, req.teamId, req.chairId === undefined ? team.chairId : req.chairId, req.secretaryId === undefined ? team.secretaryId : req.secretaryId);
      return requireTeam(ctx, req.teamId);
    })(),

  'team:addMember': (ctx, req) =>
    ctx.db.transaction(() => {
      requireTeam(ctx, req.teamId);
      const person = getPerson(ctx.db, req.personId) ?? (() => { throw notFound('Deze persoon'); })();
      if (!person.active) throw new DomainError('validation', `${person.name} is uit dienst en kan geen teamlid meer worden.`, { personId: 'Kies een actieve persoon.' });
      if (q.isCurrentMember(ctx.db, req.teamId, req.personId)) throw new DomainError('conflict', `${person.name} is al lid van dit team.`, { personId: 'Al lid.' });
      q.addTeamMember(ctx.db, req.teamId, req.personId, req.since);
      keepOpenMeetingsInLine(ctx, req.teamId);
      return requireTeam(ctx, req.teamId);
    })(),

  'team:endMember': (ctx, req) =>
    ctx.db.transaction(() => {
      requireTeam(ctx, req.teamId);
      const membership = q.currentMembership(ctx.db, req.teamId, req.personId);
      if (!membership) throw new DomainError('conflict', 'Deze persoon is geen huidig lid van het team.');
      if (req.until < membership.since) {
        throw new DomainError('validation', 'De einddatum ligt vóór de datum waarop het lidmaatschap begon.', { until: `Kies een datum op of na ${membership.since}.` });
      }
      // Ends the seat and, with it, a chair or secretary role in this team.
      q.endTeamMember(ctx.db, req.teamId, req.personId, req.until);
      keepOpenMeetingsInLine(ctx, req.teamId);
      return requireTeam(ctx, req.teamId);
    })(),
};
