/**
 * Reading named entries of a zip archive (an XLSX workbook) within one
 * budget for everything unpacked: a small file can claim to unpack to
 * gigabytes, across many parts, and can lie about the sizes it claims.
 *
 * The central directory gives each entry's sizes; the sizes claimed are
 * checked against the budget before anything is unpacked, and each entry
 * unpacks to at most its claimed size, so memory stays within the budget
 * whatever the data holds. An entry whose data does not match what the
 * directory claims (size or checksum) is refused, not cut short.
 */
import zlib from 'node:zlib';
import { UserError } from '../../../shared/i18n.js';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x1;
/** A size or offset of all ones means the real one is in a ZIP64 record, which no attendee list needs. */
const ZIP64_MARK = 0xffffffff;
/** The end record is 22 bytes, followed by a comment of up to 65,535. */
const END_SEARCH_BYTES = 22 + 0xffff;

interface Entry {
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const MB = 1024 * 1024;

function unreadable(): UserError {
  return new UserError('xlsxUnreadable');
}

/** The archive's entries by name, from its central directory. */
function readDirectory(bytes: Buffer): Map<string, Entry> {
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - END_SEARCH_BYTES); at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw unreadable();
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries = new Map<string, Entry>();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw unreadable();
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, {
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      crc: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** A zip archive whose entries are unpacked within one budget for all of them together. */
export class ZipEntries {
  private readonly bytes: Buffer;
  private readonly entries: Map<string, Entry>;
  private unpacked = 0;

  /** Reads the archive's directory; throws xlsxUnreadable when there is none. */
  constructor(
    bytes: Uint8Array,
    private readonly maxUnpackedBytes: number,
  ) {
    this.bytes = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.entries = readDirectory(this.bytes);
  }

  /**
   * The named entries that exist, unpacked; names the archive lacks are left
   * out. Throws xlsxTooLarge when they would take the whole (over everything
   * unpacked so far) over the budget, xlsxSizeMismatch when an entry's data
   * does not unpack to the size its directory claims, xlsxUnreadable when it
   * is damaged otherwise.
   */
  read(names: readonly string[]): Map<string, Buffer> {
    const wanted = names.flatMap((name) => {
      const entry = this.entries.get(name);
      return entry ? [[name, entry] as const] : [];
    });
    const claimed = this.unpacked + wanted.reduce((sum, [, entry]) => sum + entry.size, 0);
    if (claimed > this.maxUnpackedBytes) {
      throw new UserError('xlsxTooLarge', { size: Math.ceil(claimed / MB), limit: this.maxUnpackedBytes / MB });
    }
    this.unpacked = claimed;
    return new Map(wanted.map(([name, entry]) => [name, this.unpack(entry)]));
  }

  private unpack(entry: Entry): Buffer {
    const { bytes } = this;
    if (entry.flags & ENCRYPTED_FLAG || entry.size === ZIP64_MARK || entry.compressedSize === ZIP64_MARK || entry.localOffset === ZIP64_MARK) throw unreadable();
    const local = entry.localOffset;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_HEADER) throw unreadable();
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    if (start + entry.compressedSize > bytes.length) throw unreadable();
    const data = bytes.subarray(start, start + entry.compressedSize);
    let unpacked: Buffer;
    if (entry.method === STORED) {
      unpacked = data;
    } else if (entry.method === DEFLATED) {
      try {
        // One byte more than claimed, to tell a lie from the truth without unpacking the rest.
        unpacked = zlib.inflateRawSync(data, { maxOutputLength: entry.size + 1 });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new UserError('xlsxSizeMismatch');
        throw unreadable();
      }
    } else {
      throw unreadable();
    }
    if (unpacked.length !== entry.size) throw new UserError('xlsxSizeMismatch');
    if (zlib.crc32(unpacked) !== entry.crc) throw unreadable();
    return unpacked;
  }
}
