import type { Team } from '../../../../contract/schemas/masterdata';
import type { Option } from '../../ui/fields';

/**
 * Chair and secretary options: the team's current members, plus whoever holds the role now even
 * if they have left the team, so a select never silently shows another value than is stored.
 */
export function rolePersonOptions(team: Team | undefined, ...current: (number | null)[]): Option[] {
  if (!team) return [];
  const members = team.members.filter((m) => m.until === null);
  const options = members.map((m) => ({ value: String(m.personId), label: `${m.name}, ${m.role}` }));
  for (const id of current) {
    if (id !== null && !options.some((o) => o.value === String(id))) {
      const former = team.members.find((m) => m.personId === id);
      options.push({ value: String(id), label: former ? `${former.name} (geen lid meer)` : 'Onbekende persoon' });
    }
  }
  return options;
}

export const idOrNull = (value: string): number | null => (value ? Number(value) : null);
export const idToValue = (id: number | null | undefined): string => (id == null ? '' : String(id));

/** Said where chair and notulist are picked: the lists hold team members only, and why someone may be missing. */
export const ROLE_PICK_HINT =
  'Voorzitter en notulist kiest u uit de leden van het wijk-coördinatieteam. Staat iemand er niet bij? Voeg die persoon eerst als lid toe bij Wijk-coördinatieteams.';
