import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExportFolders, fixedFolderHost, safeFileName } from '../../../backend/exportFolders';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-folders-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('export folders', () => {
  it('writes only into a folder the user chose, under a name that cannot leave it', async () => {
    const folders = createExportFolders(fixedFolderHost(join(dir, 'Actielijsten')));
    const folder = (await folders.choose('Kies een map'))!;
    const written = await folders.write(folder.id, '../../etc/Actielijst GGD/Jeugd: "zorg".pdf', new Uint8Array([1, 2, 3]));
    expect(written).toBe(join(dir, 'Actielijsten', 'etc Actielijst GGD Jeugd zorg .pdf'));
    expect(readdirSync(join(dir, 'Actielijsten'))).toEqual(['etc Actielijst GGD Jeugd zorg .pdf']);
    expect([...readFileSync(written)]).toEqual([1, 2, 3]);
    await expect(folders.write('made-up-id', 'x.pdf', new Uint8Array())).rejects.toThrow(/Unknown export folder/);
    expect(folders.get('made-up-id')).toBeNull();
  });

  it('a cancelled dialog chooses nothing; revealing needs a host that can', async () => {
    const cancelled = createExportFolders({ choose: () => Promise.resolve(null) });
    expect(await cancelled.choose('Kies een map')).toBeNull();
    expect(cancelled.canReveal).toBe(false);

    const shown: string[] = [];
    const folders = createExportFolders(fixedFolderHost(dir, (f) => Promise.resolve((shown.push(f), true))));
    const folder = (await folders.choose('Kies een map'))!;
    expect(await folders.reveal(folder.id)).toBe(true);
    expect(await folders.reveal('made-up-id')).toBe(false);
    expect(shown).toEqual([dir]);
  });

  it('names files the way every file system accepts', () => {
    expect(safeFileName('Actielijst Woonstichting Kustwonen 2026-11-17.pdf')).toBe('Actielijst Woonstichting Kustwonen 2026-11-17.pdf');
    expect(safeFileName('..')).toBe('bestand');
    expect(safeFileName('a\u0000b\nc.pdf ')).toBe('a b c.pdf');
  });
});
