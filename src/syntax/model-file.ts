import { DyadError } from '../errors.js'
import { WeightTable } from './weights.js'

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

export function encodeModel<Meta>(file: ModelFile<Meta>): Buffer {
  const headers: TableHeader[] = [...file.tables].map(([name, t]) => ({
    name,
    nClasses: t.nClasses,
    nKeys: t.keys.length,
    nPairs: t.values.length,
  }))
  const json = Buffer.from(JSON.stringify({ meta: file.meta, tables: headers }), 'utf8')
  let size = pad4(12 + json.length)
  for (const h of headers)
    size += 4 * h.nKeys + 4 * (h.nKeys + 1) + pad4(2 * h.nPairs) + pad4(h.nPairs)
  const buf = Buffer.alloc(size)
  buf.writeUInt32LE(MAGIC, 0)
  buf.writeUInt32LE(VERSION, 4)
  buf.writeUInt32LE(json.length, 8)
  json.copy(buf, 12)
  let at = pad4(12 + json.length)
  const put = (arr: ArrayBufferView) => {
    const bytes = new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength)
    buf.set(bytes, at)
    at += pad4(bytes.length)
  }
  for (const [, t] of file.tables) {
    put(t.keys)
    put(
      Uint8Array.from(
        { length: t.keys.length },
        (_, r) => (t.rowStart[r + 1] as number) - (t.rowStart[r] as number),
      ),
    )
    put(t.values)
    put(t.classes)
  }
  return buf
}

/** A file that is not a model this version reads. */
export class ModelFormatError extends DyadError {
  constructor(message: string) {
    super('E_MODEL', message)
  }
}

export function decodeModel<Meta>(raw: Uint8Array): ModelFile<Meta> {
  // Typed arrays below are views into the buffer, so it must start on a 4-byte boundary.
  const ab =
    raw.byteOffset % 4 === 0
      ? raw.buffer
      : raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength)
  const base = ab === raw.buffer ? raw.byteOffset : 0
  const view = new DataView(ab)
  if (raw.byteLength < 12 || view.getUint32(base, true) !== MAGIC)
    throw new ModelFormatError('not a dyad syntax model')
  if (view.getUint32(base + 4, true) !== VERSION)
    throw new ModelFormatError(
      `model format ${view.getUint32(base + 4, true)} is not the one this dyad reads (${VERSION}); run npm run train:syntax`,
    )
  const jsonLength = view.getUint32(base + 8, true)
  const header = JSON.parse(Buffer.from(ab, base + 12, jsonLength).toString('utf8')) as {
    meta: Meta
    tables: TableHeader[]
  }
  let at = base + pad4(12 + jsonLength)
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
