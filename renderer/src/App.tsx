import { useQuery } from './api/useQuery';
import { Alert } from './ui/Alert';
import { WelcomeScreen } from './features/setup/WelcomeScreen';
import { Shell } from './layout/Shell';
import { RecoveryScreen } from './features/backup/RecoveryScreen';

export function App() {
  const info = useQuery('app:info', {});
  if (info.error) {
    return (
      <main className="wo-page">
        <Alert type="error">{info.error}</Alert>
      </main>
    );
  }
  if (!info.data) return <p className="wo-loading">Wijkoverleg wordt geladen…</p>;
  // A damaged database is not opened at all: the only way on is a good backup.
  if (info.data.storageProblem?.fault === 'corrupt') return <RecoveryScreen problem={info.data.storageProblem} />;
  if (!info.data.isSetUp) return <WelcomeScreen onDone={(next) => info.set(next)} />;
  return <Shell info={info.data} onInfo={(next) => info.set(next)} />;
}
