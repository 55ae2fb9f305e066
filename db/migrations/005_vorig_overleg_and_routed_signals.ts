import type { Migration } from './index';

/**
 * Two corrections of stored data: the standard agenda item is "Verslag en actielijst vorig
 * overleg" (not "vorige"), in team templates and in meetings not yet held; and a signal that was
 * routed while still "nieuw" is "doorgezet" (domain/signal.ts), so status and routing agree.
 */
export const m005VorigOverlegAndRoutedSignals: Migration = {
  name: '005_vorig_overleg_and_routed_signals',
  up(db) {
    db.exec(`
      UPDATE agenda_template_item SET title = 'Verslag en actielijst vorig overleg' WHERE title = 'Verslag en actielijst vorige overleg';
      UPDATE agenda_item SET title = 'Verslag en actielijst vorig overleg'
        WHERE title = 'Verslag en actielijst vorige overleg' AND meeting_id IN (SELECT id FROM meeting WHERE status = 'gepland');
      UPDATE signal SET status = 'doorgezet' WHERE status = 'nieuw' AND routed_to IS NOT NULL;
    `);
  },
};
