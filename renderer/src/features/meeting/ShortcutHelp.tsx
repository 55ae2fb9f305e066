import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import type { Shortcut } from './useShortcuts';

const show = (key: string) =>
  key
    .replace('ctrl+', 'Ctrl+')
    .replace('alt+', 'Alt+')
    .replace('ArrowDown', '↓')
    .replace('ArrowUp', '↑')
    .replace('PageDown', 'Page Down')
    .replace('PageUp', 'Page Up')
    .replace('Escape', 'Esc')
    .replace(/^([a-z])$/, (l) => l.toUpperCase());

/** The keyboard shortcuts as a modal dialog. */
export function ShortcutHelp({ shortcuts, onClose }: { shortcuts: Shortcut[]; onClose: () => void }) {
  const grouped = shortcuts.filter((s) => !s.label.startsWith('Naar agendapunt'));
  return (
    <Dialog title="Sneltoetsen" onClose={onClose}>
      <p className="utrecht-paragraph">Letters werken als u niet in een tekstveld typt; Alt-combinaties werken overal.</p>
      <table className="utrecht-table wo-table wo-shortcuts">
        <caption className="wo-visually-hidden">Sneltoetsen in het overleg</caption>
        <thead>
          <tr>
            <th scope="col">Toets</th>
            <th scope="col">Wat het doet</th>
          </tr>
        </thead>
        <tbody>
          {grouped.map((s) => (
            <tr key={s.label}>
              <td>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 ? ' of ' : ''}
                    <kbd>{show(k)}</kbd>
                  </span>
                ))}
              </td>
              <td>{s.label}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>1</kbd> … <kbd>9</kbd>
            </td>
            <td>Naar agendapunt 1 tot en met 9</td>
          </tr>
          <tr>
            <td>
              <kbd>Ctrl+Enter</kbd>
            </td>
            <td>Formulier (signaal, actie, besluit) vastleggen; een half ingevuld formulier dat u sluit, blijft bewaard als concept</td>
          </tr>
          <tr>
            <td>
              <kbd>P</kbd> <kbd>M</kbd> <kbd>W</kbd> <kbd>I</kbd>
            </td>
            <td>In de aanwezigheidslijst: present (aanwezig), afgemeld, afwezig, invaller (vervangen); ↑ ↓ naar een ander lid</td>
          </tr>
          <tr>
            <td>
              <kbd>Page Up</kbd> <kbd>Page Down</kbd>
            </td>
            <td>Scrollen door een lange lijst (het agendapunt blijft)</td>
          </tr>
        </tbody>
      </table>
      <div className="wo-buttons">
        <Button variant="primary" onClick={onClose} autoFocus>
          Sluiten
        </Button>
      </div>
    </Dialog>
  );
}
