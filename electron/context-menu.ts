import type { MenuItemConstructorOptions } from 'electron';

/**
 * Electron shows no right-click menu by default; office users expect one for copy/paste and
 * spelling. Pure so it is tested without Electron.
 */

export interface ContextMenuFacts {
  isEditable: boolean;
  selectionText: string;
  misspelledWord: string;
  dictionarySuggestions: readonly string[];
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

export interface ContextMenuActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

const MAX_SUGGESTIONS = 5;

export function buildContextMenuTemplate(facts: ContextMenuFacts, actions: ContextMenuActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];

  if (facts.isEditable && facts.misspelledWord) {
    const suggestions = facts.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) items.push({ label: 'Geen suggesties', enabled: false });
    for (const word of suggestions) items.push({ label: word, click: () => actions.replaceMisspelling(word) });
    items.push({ label: 'Toevoegen aan woordenlijst', click: () => actions.addToDictionary(facts.misspelledWord) });
    items.push({ type: 'separator' });
  }

  if (facts.isEditable) {
    items.push(
      { role: 'cut', label: 'Knippen', enabled: facts.editFlags.canCut },
      { role: 'copy', label: 'Kopiëren', enabled: facts.editFlags.canCopy },
      { role: 'paste', label: 'Plakken', enabled: facts.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: 'Alles selecteren', enabled: facts.editFlags.canSelectAll },
    );
  } else if (facts.selectionText.trim() !== '') {
    items.push({ role: 'copy', label: 'Kopiëren', enabled: facts.editFlags.canCopy });
  }

  return items;
}
