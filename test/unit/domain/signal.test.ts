import { describe, expect, it } from 'vitest';
import { ROUTING_REQUIRED, routingProblem, settledSignalStatus } from '../../../domain/signal';

describe('signal status and routing tell the same story', () => {
  it('a new signal that is routed is Doorgezet, never "Nieuw … doorgezet naar Team Veiligheid"', () => {
    expect(settledSignalStatus('nieuw', 'veiligheid')).toBe('doorgezet');
    expect(settledSignalStatus('nieuw', null)).toBe('nieuw');
    expect(settledSignalStatus('in_behandeling', 'zorg')).toBe('in_behandeling');
    expect(settledSignalStatus('afgehandeld', 'zorg')).toBe('afgehandeld');
  });

  it('Doorgezet says to whom', () => {
    expect(routingProblem('doorgezet', null)).toBe(ROUTING_REQUIRED);
    expect(routingProblem('doorgezet', 'wijkbeheer')).toBeNull();
    expect(routingProblem('nieuw', 'wijkbeheer')).toBeNull();
    expect(routingProblem('in_behandeling', null)).toBeNull();
  });
});
