import '../../styles/wijkagenda.css';
import { NaarWijkagendaScreen } from './NaarWijkagendaScreen';
import { WijkagendaOverviewScreen, currentYear } from './WijkagendaOverviewScreen';
import { WijkagendaScreen } from './WijkagendaScreen';

/** #/wijkagenda (all wijken), #/wijkagenda/<wijk>/<jaar>, #/wijkagenda/overleg/<overleg> (Naar wijkagenda). */
export function WijkagendaRoute({ rest }: { rest: string[] }) {
  if (rest[0] === 'overleg') return <NaarWijkagendaScreen meetingId={Number(rest[1])} />;
  if (rest[0]) return <WijkagendaScreen key={`${rest[0]}-${rest[1]}`} wijkId={Number(rest[0])} year={Number(rest[1]) || currentYear()} />;
  return <WijkagendaOverviewScreen />;
}
