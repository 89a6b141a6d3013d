import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { afterAll, describe, expect, it } from 'vitest'
import { readShared, SharedFiles } from './shared-files.js'

const dir = mkdtempSync(join(tmpdir(), 'dyad-shared-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// Workers run the compiled module (dist/syntax/shared-files.js), as after `npm run build`.
const compiled = fileURLToPath(new URL('../../dist/syntax/shared-files.js', import.meta.url))

/** Runs `body` in a worker linked to `files`, with `readShared` in scope; gives what it posts. */
function inWorker(files: SharedFiles, body: string, data: unknown): Promise<unknown> {
  const link = files.link()
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads')
     import(${JSON.stringify(compiled)}).then(({ readShared, useSharedFiles }) => {
       useSharedFiles(workerData.link)
       try { ${body} } catch (err) { parentPort.postMessage({ error: err.code ?? err.message }) }
     })`,
    { eval: true, workerData: { link, data }, transferList: [link.port] },
  )
  return new Promise((resolve, reject) => {
    worker.once('message', (m) => {
      void worker.terminate()
      resolve(m)
    })
    worker.once('error', reject)
  })
}

describe('shared files', () => {
  it('reads a file as usual in a thread not linked to a pool', () => {
    const path = join(dir, 'plain.bin')
    writeFileSync(path, Uint8Array.of(1, 2, 3))
    const bytes = readShared(path)
    expect([...bytes]).toEqual([1, 2, 3])
    expect(bytes.buffer instanceof SharedArrayBuffer).toBe(false)
  })

  it.runIf(existsSync(compiled))(
    'gives every worker a view of the one copy the main thread read',
    async () => {
      const path = join(dir, 'table.bin')
      writeFileSync(
        path,
        Uint8Array.from({ length: 4096 }, (_, i) => i & 0xff),
      )
      const files = new SharedFiles()
      try {
        const body = `const b = readShared(workerData.data)
          parentPort.postMessage({ shared: b.buffer instanceof SharedArrayBuffer, first: b[0], last: b[4095], length: b.length })`
        const first = await inWorker(files, body, path)
        expect(first).toEqual({ shared: true, first: 0, last: 255, length: 4096 })
        // Not a copy: what the main thread's copy holds is what the next worker sees.
        const mine = files.bytes(path)
        if (!mine) throw new Error('not read')
        new Uint8Array(mine)[0] = 42
        const second = await inWorker(files, body, path)
        expect(second).toEqual({ shared: true, first: 42, last: 255, length: 4096 })
        expect(files.paths()).toEqual([path])
      } finally {
        files.close()
      }
    },
    30_000,
  )

  it.runIf(existsSync(compiled))(
    'leaves a file the main thread cannot read to the worker, which meets the error itself',
    async () => {
      const files = new SharedFiles()
      try {
        const missing = join(dir, 'missing.bin')
        const got = await inWorker(
          files,
          'parentPort.postMessage({ length: readShared(workerData.data).length })',
          missing,
        )
        expect(got).toEqual({ error: 'ENOENT' })
        expect(files.paths()).toEqual([])
      } finally {
        files.close()
      }
    },
    30_000,
  )
})
