import { useState, type ReactNode } from 'react';
import { Button } from '../../ui/Button';
import { LockIcon } from './signalBadges';

/**
 * Keeps a confidential signal's details covered until the chair asks for them: the screen is
 * often projected, and a resident's name or health does not belong on the wall.
 */
export function ConfidentialCover({ confidential, label, className, children }: { confidential: boolean; label: string; className?: string; children: ReactNode }) {
  const [revealed, setRevealed] = useState(false);
  if (!confidential) return <>{children}</>;
  if (!revealed) {
    return (
      <div className={className ? `wo-covered ${className}` : 'wo-covered'}>
        <p className="wo-covered__text">
          <LockIcon /> Vertrouwelijke omschrijving en locatie zijn verborgen.
        </p>
        <Button variant="secondary" className="wo-button--compact" onClick={() => setRevealed(true)} aria-label={`Vertrouwelijke details tonen: ${label}`}>
          Vertrouwelijke details tonen
        </Button>
      </div>
    );
  }
  return (
    <>
      {children}
      <Button variant="subtle" className="wo-button--compact" onClick={() => setRevealed(false)} aria-label={`Weer verbergen: ${label}`}>
        Weer verbergen
      </Button>
    </>
  );
}
