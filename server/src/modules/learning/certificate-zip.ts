/**
 * The ZIP of a cohort's certificates, written by archiver (7.x: the 8.x line is an ES module only,
 * which the CommonJS test runner cannot load). The archive streams into memory here, since the
 * answer is one GraphQL string.
 */
import archiver from 'archiver';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

export function zipFiles(entries: readonly ZipEntry[], at: Date): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const zip = archiver('zip', { zlib: { level: 6 } });
    const chunks: Buffer[] = [];
    zip.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.on('warning', reject);
    zip.on('error', reject);
    zip.on('end', () => resolve(Buffer.concat(chunks)));
    for (const entry of entries) zip.append(entry.data, { name: entry.name, date: at });
    void zip.finalize();
  });
}
