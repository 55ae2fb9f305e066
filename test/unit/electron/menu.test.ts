import { describe, expect, it, vi } from 'vitest';
import { buildContextMenuTemplate } from '../../../electron/context-menu';
import { aboutDialogContent, buildMenuTemplate, type MenuFacts } from '../../../electron/menu';

// The item type comes from the module under test, so this file needs no 'electron' import at all.
type MenuItemConstructorOptions = ReturnType<typeof buildMenuTemplate>[number];

const facts = (overrides: Partial<MenuFacts> = {}): MenuFacts => ({ platform: 'win32', isPackaged: true, appName: 'Wijkoverleg', ...overrides });
const actions = () => ({ showAbout: vi.fn(), openDatabaseFolder: vi.fn() });

const submenu = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  Array.isArray(item?.submenu) ? item.submenu : [];
const labels = (items: MenuItemConstructorOptions[]) => items.filter((i) => i.type !== 'separator').map((i) => i.label);
const find = (items: MenuItemConstructorOptions[], label: string) => items.find((i) => i.label === label);
// Menu click handlers receive (menuItem, window, event); the template callbacks ignore them.
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();

describe('application menu', () => {
  it('has the Dutch top-level menus on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(labels(buildMenuTemplate(facts({ platform }), actions()))).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
    }
  });

  it('puts Afsluiten in Bestand and the standard edit commands in Bewerken', () => {
    const menu = buildMenuTemplate(facts(), actions());
    expect(submenu(find(menu, 'Bestand'))).toEqual([{ role: 'quit', label: 'Afsluiten' }]);
    const edit = submenu(find(menu, 'Bewerken'));
    expect(labels(edit)).toEqual(['Ongedaan maken', 'Opnieuw', 'Knippen', 'Kopiëren', 'Plakken', 'Alles selecteren']);
    expect(edit.map((i) => i.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers developer tools only in development builds', () => {
    const packaged = labels(submenu(find(buildMenuTemplate(facts({ isPackaged: true }), actions()), 'Beeld')));
    expect(packaged).toEqual(['Inzoomen', 'Uitzoomen', 'Werkelijke grootte', 'Volledig scherm']);
    const dev = submenu(find(buildMenuTemplate(facts({ isPackaged: false }), actions()), 'Beeld'));
    expect(labels(dev)).toContain('Ontwikkelaarshulpmiddelen');
    expect(dev.map((i) => i.role)).toContain('toggleDevTools');
  });

  it('wires Help to the about dialog and the database folder', () => {
    const a = actions();
    const help = submenu(find(buildMenuTemplate(facts(), a), 'Help'));
    expect(labels(help)).toEqual(['Over Wijkoverleg', 'Databasemap openen']);
    click(find(help, 'Over Wijkoverleg'));
    click(find(help, 'Databasemap openen'));
    expect(a.showAbout).toHaveBeenCalledTimes(1);
    expect(a.openDatabaseFolder).toHaveBeenCalledTimes(1);
  });

  it('follows macOS conventions on darwin', () => {
    const a = actions();
    const menu = buildMenuTemplate(facts({ platform: 'darwin' }), a);
    expect(labels(menu)).toEqual(['Wijkoverleg', 'Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
    const appMenu = submenu(menu[0]);
    expect(appMenu.at(-1)).toMatchObject({ role: 'quit' });
    click(find(appMenu, 'Over Wijkoverleg'));
    expect(a.showAbout).toHaveBeenCalledTimes(1);
    expect(submenu(find(menu, 'Bestand')).map((i) => i.role)).toEqual(['close']);
    expect(labels(submenu(find(menu, 'Help')))).toEqual(['Databasemap openen']);
  });

  it('shows version and database path in the about dialog', () => {
    const content = aboutDialogContent({
      appName: 'Wijkoverleg',
      version: '1.2.3',
      databasePath: '/home/ans/.config/Wijkoverleg/wijkoverleg.sqlite',
      electronVersion: '45.4.1',
      chromeVersion: '142.0',
    });
    expect(content.title).toBe('Over Wijkoverleg');
    expect(content.message).toBe('Wijkoverleg 1.2.3');
    expect(content.detail).toContain('/home/ans/.config/Wijkoverleg/wijkoverleg.sqlite');
  });
});

describe('context menu', () => {
  const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
  const base = { isEditable: false, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags: flags };
  const noop = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };

  it('is empty where there is nothing to do', () => {
    expect(buildContextMenuTemplate(base, noop)).toEqual([]);
  });

  it('offers copy for selected page text', () => {
    expect(labels(buildContextMenuTemplate({ ...base, selectionText: 'Buurt Oost' }, noop))).toEqual(['Kopiëren']);
  });

  it('offers Dutch edit commands in fields, enabled per edit flags', () => {
    const items = buildContextMenuTemplate({ ...base, isEditable: true, editFlags: { ...flags, canCut: false } }, noop);
    expect(labels(items)).toEqual(['Knippen', 'Kopiëren', 'Plakken', 'Alles selecteren']);
    expect(find(items, 'Knippen')?.enabled).toBe(false);
  });

  it('offers spelling suggestions for a misspelled word', () => {
    const a = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
    const items = buildContextMenuTemplate(
      { ...base, isEditable: true, misspelledWord: 'vergadring', dictionarySuggestions: ['vergadering', 'vergaderingen'] },
      a,
    );
    expect(labels(items).slice(0, 3)).toEqual(['vergadering', 'vergaderingen', 'Toevoegen aan woordenlijst']);
    click(find(items, 'vergadering'));
    click(find(items, 'Toevoegen aan woordenlijst'));
    expect(a.replaceMisspelling).toHaveBeenCalledWith('vergadering');
    expect(a.addToDictionary).toHaveBeenCalledWith('vergadring');
  });
});
