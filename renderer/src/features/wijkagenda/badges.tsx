import { REVIEW_OUTCOMES, type ReviewOutcome } from '../../../../domain/wijkagenda';
import { StatusBadge } from '../../ui/Alert';

const outcomeTone = { nagekomen: 'safe', deels_nagekomen: 'warning', niet_nagekomen: 'danger', loopt_nog: 'neutral' } as const;

/** The outcome of an actualisatie in words and colour. */
export const OutcomeBadge = ({ outcome }: { outcome: ReviewOutcome }) => <StatusBadge tone={outcomeTone[outcome]}>{REVIEW_OUTCOMES[outcome]}</StatusBadge>;
