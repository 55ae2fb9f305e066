import { useQuery } from './api/useQuery';
import { Alert } from './ui/Alert';
import { WelcomeScreen } from './features/setup/WelcomeScreen';
import { Shell } from './layout/Shell';

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
  if (!info.data.isSetUp) return <WelcomeScreen onDone={(next) => info.set(next)} />;
  return <Shell info={info.data} onInfo={(next) => info.set(next)} />;
}
