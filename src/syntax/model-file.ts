import { DyadError } from '../errors.js'
import { slotStride, type TableIndex, type WeightRows, WeightTable } from './weights.js'

// A model file is "DYSX", a format version, the length of a JSON header, the header, then
// each weight table's arrays in the order the header lists them (feature hashes, pairs
// per feature, the pairs' classes and weights), every array starting on a 4-byte
// boundary so it can be viewed in place. Not compressed: the hashes would not shrink,
// and reading stays a plain file read.
const MAGIC = 0x58535944 // "DYSX" little-endian
const VERSION = 2

interface TableHeader {
  name: string
  nClasses: number
  nKeys: number
  nPairs: number
}

export interface ModelFile<Meta> {
  meta: Meta
  tables: Map<string, WeightTable>
}

const pad4 = (n: number) => (n + 3) & ~3

/** A table's rows, which a table read from an index does not keep. */
function rowsOf(name: string, t: WeightTable): WeightRows {
  if (!t.rows)
    throw new ModelFormatError(`table ${name} was read from an index: it has no rows to write`)
  return t.rows
}

export function encodeModel<Meta>(file: ModelFile<Meta>): Buffer {
  const headers: TableHeader[] = [...file.tables].map(([name, t]) => ({
    name,
    nClasses: t.nClasses,
    nKeys: rowsOf(name, t).keys.length,
    nPairs: rowsOf(name, t).values.length,
  }))
  const json = Buffer.from(JSON.stringify({ meta: file.meta, tables: headers }), 'utf8')
  let body = 0
  for (const h of headers)
    body += 4 * h.nKeys + 4 * (h.nKeys + 1) + pad4(2 * h.nPairs) + pad4(h.nPairs)
  const buf = framed(MAGIC, VERSION, json, body)
  let at = pad4(12 + json.length)
  const put = (arr: ArrayBufferView) => {
    const bytes = new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength)
    buf.set(bytes, at)
    at += pad4(bytes.length)
  }
  for (const [name, t] of file.tables) {
    const { keys, rowStart, values, classes } = rowsOf(name, t)
    put(keys)
    put(
      Uint8Array.from(
        { length: keys.length },
        (_, r) => (rowStart[r + 1] as number) - (rowStart[r] as number),
      ),
    )
    put(values)
    put(classes)
  }
  return buf
}

/** A file that is not a model this version reads. */
export class ModelFormatError extends DyadError {
  constructor(message: string) {
    super('E_MODEL', message)
  }
}

/** The JSON header of a file of `magic` and `version`, and where its arrays start (4-aligned). */
function readHeader<Header>(
  raw: Uint8Array,
  magic: number,
  version: number,
  what: string,
): { ab: ArrayBufferLike; header: Header; at: number; end: number } {
  // Typed arrays over the file are views into its buffer, so it must start on a 4-byte boundary.
  const ab =
    raw.byteOffset % 4 === 0
      ? raw.buffer
      : raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength)
  const base = ab === raw.buffer ? raw.byteOffset : 0
  const view = new DataView(ab, base, raw.byteLength)
  if (raw.byteLength < 12 || view.getUint32(0, true) !== magic)
    throw new ModelFormatError(`not a dyad ${what}`)
  if (view.getUint32(4, true) !== version)
    throw new ModelFormatError(
      `${what} format ${view.getUint32(4, true)} is not the one this dyad reads (${version}); run npm run train:syntax`,
    )
  const jsonLength = view.getUint32(8, true)
  if (12 + jsonLength > raw.byteLength) throw new ModelFormatError(`${what} cut short`)
  const header = JSON.parse(
    Buffer.from(ab as ArrayBuffer, base + 12, jsonLength).toString('utf8'),
  ) as Header
  return { ab, header, at: base + pad4(12 + jsonLength), end: base + raw.byteLength }
}

export function decodeModel<Meta>(raw: Uint8Array): ModelFile<Meta> {
  const {
    ab,
    header,
    at: start,
  } = readHeader<{ meta: Meta; tables: TableHeader[] }>(raw, MAGIC, VERSION, 'syntax model')
  let at = start
  const take = <T>(make: (o: number) => T, bytes: number): T => {
    const v = make(at)
    at += pad4(bytes)
    return v
  }
  const tables = new Map<string, WeightTable>()
  for (const h of header.tables) {
    const keys = take((o) => new Uint32Array(ab, o, h.nKeys), 4 * h.nKeys)
    const counts = take((o) => new Uint8Array(ab, o, h.nKeys), h.nKeys)
    const rowStart = new Uint32Array(h.nKeys + 1)
    for (let r = 0; r < h.nKeys; r++)
      rowStart[r + 1] = (rowStart[r] as number) + (counts[r] as number)
    const values = take((o) => new Int16Array(ab, o, h.nPairs), 2 * h.nPairs)
    const classes = take((o) => new Uint8Array(ab, o, h.nPairs), h.nPairs)
    tables.set(h.name, new WeightTable(h.nClasses, keys, rowStart, classes, values))
  }
  return { meta: header.meta, tables }
}

// A model's index is the lookup structures its tables score from (`TableIndex`), built
// once (by `npm run build`, from the model file) and read as they are: "DYSI", a version,
// the JSON header's length, the header (the model's meta, the stamp of the model file it
// was built from, each table's array lengths), then each table's hot slots, cold slots,
// pairs and filter, all Int32 and so all aligned. Reading one needs no work but the read,
// and its arrays can sit in a SharedArrayBuffer that every thread of a process scores from.
const INDEX_MAGIC = 0x49535944 // "DYSI" little-endian
const INDEX_VERSION = 1
const INDEX_ARRAYS = ['hot', 'cold', 'pairs', 'filter'] as const

interface IndexTableHeader {
  name: string
  nClasses: number
  /** Each array's length, in the order of INDEX_ARRAYS. */
  lengths: number[]
}

export interface ModelIndex<Meta> extends ModelFile<Meta> {
  /** What the model file was when the index was built from it (`modelStamp`). */
  source: string
}

export function encodeIndex<Meta>(file: ModelFile<Meta>, source: string): Buffer {
  const headers: IndexTableHeader[] = [...file.tables].map(([name, t]) => ({
    name,
    nClasses: t.nClasses,
    lengths: INDEX_ARRAYS.map((k) => t.index[k].length),
  }))
  const json = Buffer.from(JSON.stringify({ meta: file.meta, source, tables: headers }), 'utf8')
  let body = 0
  for (const h of headers) for (const n of h.lengths) body += 4 * n
  const buf = framed(INDEX_MAGIC, INDEX_VERSION, json, body)
  let at = pad4(12 + json.length)
  for (const [, t] of file.tables)
    for (const k of INDEX_ARRAYS) {
      const a = t.index[k]
      buf.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at)
      at += a.byteLength
    }
  return buf
}

const isPowerOfTwo = (n: number) => n > 0 && (n & (n - 1)) === 0

/** An index's tables, viewing its buffer (shared or not) in place. */
export function decodeIndex<Meta>(raw: Uint8Array): ModelIndex<Meta> {
  const {
    ab,
    header,
    at: start,
    end,
  } = readHeader<{
    meta: Meta
    source: string
    tables: IndexTableHeader[]
  }>(raw, INDEX_MAGIC, INDEX_VERSION, 'syntax model index')
  let at = start
  const tables = new Map<string, WeightTable>()
  for (const h of header.tables) {
    const [hot, cold, pairs, filter] = h.lengths.map((n) => {
      if (at + 4 * n > end) throw new ModelFormatError('syntax model index cut short')
      const a = new Int32Array(ab, at, n)
      at += 4 * n
      return a
    }) as [Int32Array, Int32Array, Int32Array, Int32Array]
    const stride = slotStride(h.nClasses)
    for (const slots of [hot, cold])
      if (slots.length % stride !== 0 || !isPowerOfTwo(slots.length / stride))
        throw new ModelFormatError(`table ${h.name}: slots of a wrong size`)
    if (!isPowerOfTwo(filter.length))
      throw new ModelFormatError(`table ${h.name}: a filter of a wrong size`)
    const index: TableIndex = { hot, cold, pairs, filter }
    tables.set(h.name, WeightTable.fromIndex(h.nClasses, index))
  }
  return { meta: header.meta, source: header.source, tables }
}

/** A file's buffer: magic, version and JSON header length, the header, then `body` bytes after padding. */
function framed(magic: number, version: number, json: Buffer, body: number): Buffer {
  const buf = Buffer.alloc(pad4(12 + json.length) + body)
  buf.writeUInt32LE(magic, 0)
  buf.writeUInt32LE(version, 4)
  buf.writeUInt32LE(json.length, 8)
  json.copy(buf, 12)
  return buf
}
