import { DomainError } from '../../contract';
import type { AppInfo } from '../../contract/schemas/masterdata';
import type { BackendContext } from '../context';
import type { HandlerMap } from '../handler';
import { clearAllData, getMunicipality, isDemo, saveMunicipality } from '../../db/queries/municipality';
import { findWijkByName, insertWijk } from '../../db/queries/wijken';
import { latestSchemaVersion } from '../../db/migrate';
import { loadVoorbeeldgemeente } from '../demo/voorbeeldgemeente';

export function appInfo(ctx: BackendContext): AppInfo {
  const base = { version: ctx.appVersion, databasePath: ctx.databasePath, schemaVersion: latestSchemaVersion(), storageProblem: ctx.storage.problem() };
  // Damaged: no connection at all, so nothing is read from (or written to) the file.
  if (!ctx.storage.isOpen) return { ...base, isSetUp: false, municipalityName: null, isDemo: false };
  const municipality = getMunicipality(ctx.db);
  return {
    ...base,
    isSetUp: municipality !== null,
    municipalityName: municipality?.name ?? null,
    isDemo: municipality !== null && isDemo(ctx.db),
  };
}

function refuseIfSetUp(ctx: BackendContext): void {
  if (getMunicipality(ctx.db)) {
    throw new DomainError('conflict', 'Er is al een gemeente ingericht in dit bestand. Wijzig haar via Beheer › Gemeente.');
  }
}

export const appHandlers: HandlerMap<'app:info' | 'setup:create' | 'setup:loadDemo' | 'setup:leaveDemo'> = {
  'app:info': (ctx) => appInfo(ctx),

  'setup:create': (ctx, req) => {
    const names = req.wijken.map((w) => w.name);
    const duplicate = names.find((n, i) => names.findIndex((m) => m.toLowerCase() === n.toLowerCase()) !== i);
    if (duplicate) {
      const index = names.lastIndexOf(duplicate);
      throw new DomainError('validation', `De wijk "${duplicate}" staat er twee keer in.`, { [`wijken.${index}.name`]: 'Deze wijk staat er al in.' });
    }
    ctx.db.transaction(() => {
      refuseIfSetUp(ctx);
      saveMunicipality(ctx.db, req.municipalityName, ctx.now());
      for (const name of names) if (!findWijkByName(ctx.db, name)) insertWijk(ctx.db, name, null);
    })();
    return appInfo(ctx);
  },

  'setup:loadDemo': (ctx) => {
    ctx.db.transaction(() => {
      refuseIfSetUp(ctx);
      loadVoorbeeldgemeente(ctx);
    })();
    return appInfo(ctx);
  },

  /** From the Voorbeeldgemeente to the user's own: clears the demo data, never real data. */
  'setup:leaveDemo': (ctx) => {
    ctx.db.transaction(() => {
      if (!getMunicipality(ctx.db)) throw new DomainError('conflict', 'Er is nog geen gemeente ingericht.');
      if (!isDemo(ctx.db)) {
        throw new DomainError('conflict', 'Alleen de Voorbeeldgemeente kan zo worden gewist. De gegevens van uw eigen gemeente blijven altijd bewaard.');
      }
      clearAllData(ctx.db);
    })();
    return appInfo(ctx);
  },
};
