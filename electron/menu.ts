import type { MenuItemConstructorOptions } from 'electron';

/**
 * The Dutch application menu. Built by a pure function from a few facts and callbacks so the
 * structure is unit-tested without Electron; main.ts turns it into a real Menu.
 * Items use Electron roles (they bring the right accelerators and platform behaviour) with Dutch
 * labels, because the role defaults are English.
 */

export interface MenuFacts {
  platform: NodeJS.Platform;
  /** Developer tools and reload exist only in development builds. */
  isPackaged: boolean;
  appName: string;
}

export interface MenuActions {
  showAbout(): void;
  openDatabaseFolder(): void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate(facts: MenuFacts, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = facts.platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: `Over ${facts.appName}`, click: () => actions.showAbout() };

  const template: MenuItemConstructorOptions[] = [];

  if (mac) {
    template.push({
      label: facts.appName,
      submenu: [
        about,
        separator,
        { role: 'services', label: 'Voorzieningen' },
        separator,
        { role: 'hide', label: `${facts.appName} verbergen` },
        { role: 'hideOthers', label: 'Andere verbergen' },
        { role: 'unhide', label: 'Toon alles' },
        separator,
        { role: 'quit', label: `Stop ${facts.appName}` },
      ],
    });
  }

  template.push({
    label: 'Bestand',
    // On macOS quitting lives in the app menu; the File menu closes the window instead.
    submenu: mac ? [{ role: 'close', label: 'Venster sluiten' }] : [{ role: 'quit', label: 'Afsluiten' }],
  });

  template.push({
    label: 'Bewerken',
    submenu: [
      { role: 'undo', label: 'Ongedaan maken' },
      { role: 'redo', label: 'Opnieuw' },
      separator,
      { role: 'cut', label: 'Knippen' },
      { role: 'copy', label: 'Kopiëren' },
      { role: 'paste', label: 'Plakken' },
      separator,
      { role: 'selectAll', label: 'Alles selecteren' },
    ],
  });

  const view: MenuItemConstructorOptions[] = [
    { role: 'zoomIn', label: 'Inzoomen' },
    { role: 'zoomOut', label: 'Uitzoomen' },
    { role: 'resetZoom', label: 'Werkelijke grootte' },
    separator,
    { role: 'togglefullscreen', label: 'Volledig scherm' },
  ];
  if (!facts.isPackaged) {
    view.push(separator, { role: 'reload', label: 'Opnieuw laden' }, { role: 'toggleDevTools', label: 'Ontwikkelaarshulpmiddelen' });
  }
  template.push({ label: 'Beeld', submenu: view });

  template.push({
    role: 'window',
    label: 'Venster',
    submenu: mac
      ? [
          { role: 'minimize', label: 'Minimaliseren' },
          { role: 'zoom', label: 'Zoomen' },
          separator,
          { role: 'front', label: 'Alles op voorgrond' },
        ]
      : [
          { role: 'minimize', label: 'Minimaliseren' },
          { role: 'close', label: 'Sluiten' },
        ],
  });

  template.push({
    role: 'help',
    label: 'Help',
    submenu: [
      ...(mac ? [] : [about, separator]),
      { label: 'Databasemap openen', click: () => actions.openDatabaseFolder() },
    ],
  });

  return template;
}

export interface AboutFacts {
  appName: string;
  version: string;
  databasePath: string;
  electronVersion: string;
  chromeVersion: string;
}

/** Text for the "Over Wijkoverleg" dialog: the database path is what support asks for first. */
export function aboutDialogContent(facts: AboutFacts): { title: string; message: string; detail: string } {
  return {
    title: `Over ${facts.appName}`,
    message: `${facts.appName} ${facts.version}`,
    detail: [
      'Vergaderen, signalen en afspraken van het wijk-coördinatieteam.',
      '',
      'Database:',
      facts.databasePath,
      '',
      `Electron ${facts.electronVersion} · Chromium ${facts.chromeVersion}`,
    ].join('\n'),
  };
}
