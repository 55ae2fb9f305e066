import type { Migration } from './index';

/**
 * A membership is held on behalf of an organisation. Until now the roster read the person's
 * current organisation, so after a job change their past seat moved along to the new employer.
 * The column is a snapshot; existing memberships get the organisation the person has now (the
 * best we know). ADD COLUMN cannot be NOT NULL with a foreign key, so triggers keep it filled.
 */
export const m004MemberOrganisation: Migration = {
  name: '004_member_organisation',
  up(db) {
    db.exec(`
      ALTER TABLE team_member ADD COLUMN organisation_id INTEGER REFERENCES organisation(id) ON DELETE RESTRICT;
      UPDATE team_member SET organisation_id = (SELECT p.organisation_id FROM person p WHERE p.id = team_member.person_id);
      CREATE INDEX team_member_organisation ON team_member(organisation_id);

      CREATE TRIGGER team_member_organisation_insert BEFORE INSERT ON team_member
      WHEN NEW.organisation_id IS NULL
      BEGIN SELECT RAISE(ABORT, 'team_member.organisation_id is required'); END;

      CREATE TRIGGER team_member_organisation_update BEFORE UPDATE OF organisation_id ON team_member
      WHEN NEW.organisation_id IS NULL
      BEGIN SELECT RAISE(ABORT, 'team_member.organisation_id is required'); END;
    `);
  },
};
