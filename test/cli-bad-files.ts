/**
 * Files a clerk may hand the command line by mistake, built byte by byte: an encrypted workbook and
 * an old .xls are OLE compound files (a 512-byte header, a FAT sector, a directory of UTF-16 names).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SECTOR = 512;
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;

function directoryEntry(view: DataView, offset: number, name: string, type: number, child: number, right: number): void {
  for (let i = 0; i < name.length; i++) view.setUint16(offset + i * 2, name.charCodeAt(i), true);
  view.setUint16(offset + 64, (name.length + 1) * 2, true);
  view.setUint8(offset + 66, type); // 5 root, 2 stream
  view.setUint8(offset + 67, 1); // black
  view.setUint32(offset + 68, FREESECT, true); // left sibling
  view.setUint32(offset + 72, right, true);
  view.setUint32(offset + 76, child, true);
  view.setUint32(offset + 116, ENDOFCHAIN, true); // start sector (empty stream)
}

/** A minimal OLE compound file whose root holds empty streams with the given names. */
export function oleFile(streams: string[]): Uint8Array {
  const bytes = new Uint8Array(SECTOR * 3);
  const view = new DataView(bytes.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (bytes[i] = b));
  view.setUint16(24, 0x3e, true); // minor version
  view.setUint16(26, 3, true); // major version 3
  view.setUint16(28, 0xfffe, true); // little endian
  view.setUint16(30, 9, true); // 512-byte sectors
  view.setUint16(32, 6, true); // 64-byte mini sectors
  view.setUint32(44, 1, true); // one FAT sector
  view.setUint32(48, 1, true); // directory starts at sector 1
  view.setUint32(56, 4096, true); // mini stream cutoff
  view.setUint32(60, ENDOFCHAIN, true); // no mini FAT
  view.setUint32(68, ENDOFCHAIN, true); // no DIFAT sectors
  for (let i = 0; i < 109; i++) view.setUint32(76 + i * 4, i === 0 ? 0 : FREESECT, true);
  const fat = SECTOR;
  for (let i = 0; i < SECTOR / 4; i++) view.setUint32(fat + i * 4, FREESECT, true);
  view.setUint32(fat, FATSECT, true);
  view.setUint32(fat + 4, ENDOFCHAIN, true);
  const dir = SECTOR * 2;
  directoryEntry(view, dir, 'Root Entry', 5, streams.length ? 1 : FREESECT, FREESECT);
  streams.slice(0, 3).forEach((name, i) => {
    directoryEntry(view, dir + (i + 1) * 128, name, 2, FREESECT, i + 2 <= Math.min(streams.length, 3) ? i + 2 : FREESECT);
  });
  return bytes;
}

/** Writes every kind of unreadable input into `dir`; returns their paths by a short label. */
export function writeBadFiles(dir: string, validXlsx: Uint8Array): Record<string, string> {
  const files = {
    missing: join(dir, '不存在.xlsx'),
    directory: join(dir, '文件夹.xlsx'),
    zeroByte: join(dir, '空文件.xlsx'),
    corruptZip: join(dir, '损坏.xlsx'),
    xls: join(dir, '旧格式.xls'),
    xlsRenamed: join(dir, '旧格式改名.xlsx'),
    csvRenamed: join(dir, '导出.xlsx'),
    encrypted: join(dir, '加密.xlsx'),
  };
  mkdirSync(files.directory, { recursive: true });
  writeFileSync(files.zeroByte, new Uint8Array(0));
  writeFileSync(files.corruptZip, validXlsx.slice(0, Math.floor(validXlsx.length / 2)));
  writeFileSync(files.xls, oleFile(['Workbook', 'SummaryInformation']));
  writeFileSync(files.xlsRenamed, oleFile(['Workbook']));
  writeFileSync(files.csvRenamed, '科目编码,科目名称,合计\n206,科学技术支出,227.69\n');
  writeFileSync(files.encrypted, oleFile(['EncryptionInfo', 'EncryptedPackage', 'DataSpaces']));
  return files;
}
