import { randomUUID } from 'node:crypto';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { documentFileBase } from '../domain/documents/model';

/**
 * Folders the user picked to receive a batch of files (the partner action lists). The renderer
 * only ever holds an opaque id: it cannot name a path, so it cannot make the app write or open
 * anything but a folder the user chose in this session. The host decides how a folder is chosen
 * (Electron: the native dialog; the E2E bridge and dev web host: a fixed folder) and whether it
 * can be shown in the file manager.
 */
export interface ChosenFolder {
  id: string;
  path: string;
}

export interface FolderHost {
  /** Asks the user for a folder; null when they cancel. `title` is the dialog's title. */
  choose(title: string): Promise<string | null>;
  /** Shows the folder in the system's file manager; false when this host cannot. */
  reveal?(folder: string): Promise<boolean>;
}

export interface ExportFolders {
  choose(title: string): Promise<ChosenFolder | null>;
  /** The folder behind an id from choose(); null for anything else. */
  get(id: string): ChosenFolder | null;
  /** Writes one file into a chosen folder and returns its full path. */
  write(id: string, fileName: string, bytes: Uint8Array): Promise<string>;
  reveal(id: string): Promise<boolean>;
  /** False on a host that cannot let the user pick a folder: making the lists is refused there. */
  readonly canChoose: boolean;
  readonly canReveal: boolean;
}

/** A file name the file system accepts, never a path: "../x" or "a/b" cannot leave the folder. */
export function safeFileName(name: string): string {
  // The documents' own rule, and no leading or trailing dots: "..", ".verborgen", "naam." never.
  return documentFileBase(name).replace(/^[. ]+|[. ]+$/g, '') || 'bestand';
}

export function createExportFolders(host: FolderHost | null): ExportFolders {
  const chosen = new Map<string, ChosenFolder>();
  return {
    async choose(title) {
      const picked = host ? await host.choose(title) : null;
      if (!picked) return null;
      const folder = { id: randomUUID(), path: path.resolve(picked) };
      await mkdir(folder.path, { recursive: true });
      chosen.set(folder.id, folder);
      return folder;
    },
    get: (id) => chosen.get(id) ?? null,
    async write(id, fileName, bytes) {
      const folder = chosen.get(id);
      if (!folder) throw new Error('Unknown export folder');
      const target = path.join(folder.path, safeFileName(fileName));
      // Belt and braces: the joined path must still be directly inside the chosen folder.
      if (path.dirname(target) !== folder.path) throw new Error('File name leaves the export folder');
      await writeFile(target, bytes);
      return target;
    },
    async reveal(id) {
      const folder = chosen.get(id);
      if (!folder || !host?.reveal) return false;
      const info = await stat(folder.path).catch(() => null);
      if (!info?.isDirectory()) return false;
      return host.reveal(folder.path);
    },
    canChoose: host !== null,
    canReveal: host?.reveal !== undefined,
  };
}

/** A host that cannot let the user pick a folder: choosing is refused, nothing is ever written. */
export const NO_EXPORT_FOLDERS: ExportFolders = createExportFolders(null);

/** For hosts without a dialog (E2E bridge, dev web host): every choice is this folder. */
export const fixedFolderHost = (folder: string, reveal?: (folder: string) => Promise<boolean>): FolderHost => ({
  choose: () => Promise.resolve(folder),
  ...(reveal ? { reveal } : {}),
});
