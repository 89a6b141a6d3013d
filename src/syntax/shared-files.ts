import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs'
import { MessageChannel, type MessagePort, receiveMessageOnPort } from 'node:worker_threads'

/**
 * Files that the threads of one process read once and share: the main thread reads a
 * file into a SharedArrayBuffer the first time a worker asks for it, and every worker
 * views that same memory. A syntax model's index (tens of megabytes of lookup tables) is
 * then built by no one at run time, held once whatever the number of workers, and the
 * workers score from the same cache lines.
 *
 * A worker asks while it is in the middle of an article, so it asks synchronously: it
 * posts the path on its port and waits on a shared flag until the main thread, whose
 * event loop is free (it only reads inputs and writes results), has posted the bytes and
 * raised the flag. A worker that gets no answer reads the file itself.
 */

/** What a worker is given to reach the main thread's files (in its workerData). */
export interface FileLink {
  port: MessagePort
  /** An Int32Array's buffer: the reply count, raised by the main thread at each reply. */
  flag: SharedArrayBuffer
}

interface Reply {
  id: number
  path: string
  bytes?: SharedArrayBuffer
}

/** How long a worker waits for the main thread before it reads a file itself. */
const WAIT_MS = 30_000

let link: { port: MessagePort; flag: Int32Array } | null = null
let asked = 0

/** Makes this thread (a worker) ask the main thread for the files it reads with `readShared`. */
export function useSharedFiles(given: FileLink | undefined): void {
  if (!given) return
  link = { port: given.port, flag: new Int32Array(given.flag) }
}

/**
 * A file's bytes: in a worker linked to the main thread, a view of the process's one
 * shared copy; anywhere else (or should the main thread not answer), read here.
 */
export function readShared(path: string): Uint8Array {
  return (link && askMainThread(link, path)) ?? readFileSync(path)
}

function askMainThread(
  to: { port: MessagePort; flag: Int32Array },
  path: string,
): Uint8Array | null {
  const id = ++asked
  const seen = Atomics.load(to.flag, 0)
  to.port.postMessage({ id, path })
  const deadline = Date.now() + WAIT_MS
  for (;;) {
    // Replies to questions given up on may come first: they are dropped.
    for (let m = receiveMessageOnPort(to.port); m; m = receiveMessageOnPort(to.port)) {
      const reply = m.message as Reply
      if (reply.id === id) return reply.bytes ? new Uint8Array(reply.bytes) : null
    }
    const left = deadline - Date.now()
    if (left <= 0) return null
    Atomics.wait(to.flag, 0, seen, left)
  }
}

/**
 * The main thread's side: reads each file asked for once, into shared memory, and
 * answers every linked worker from it.
 */
export class SharedFiles {
  readonly #files = new Map<string, SharedArrayBuffer | null>()
  readonly #ports = new Set<MessagePort>()

  /** A link for a new worker, to pass in its workerData with `transferList: [link.port]`. */
  link(): FileLink {
    const { port1, port2 } = new MessageChannel()
    const flag = new SharedArrayBuffer(4)
    const count = new Int32Array(flag)
    port1.on('message', ({ id, path }: { id: number; path: string }) => {
      const reply: Reply = { id, path }
      const bytes = this.bytes(path)
      if (bytes) reply.bytes = bytes
      port1.postMessage(reply)
      Atomics.add(count, 0, 1)
      Atomics.notify(count, 0)
    })
    port1.on('close', () => this.#ports.delete(port1))
    // The link alone does not keep the process alive.
    port1.unref()
    this.#ports.add(port1)
    return { port: port2, flag }
  }

  /** The shared copy of a file, read the first time; null when it cannot be read (the worker then reads it and meets the error). */
  bytes(path: string): SharedArrayBuffer | null {
    let bytes = this.#files.get(path)
    if (bytes === undefined) {
      bytes = readIntoShared(path)
      this.#files.set(path, bytes)
    }
    return bytes
  }

  /** The files read so far for the workers, each once. */
  paths(): string[] {
    return [...this.#files].filter(([, bytes]) => bytes).map(([path]) => path)
  }

  /** Stops answering and lets the files go (workers keep what they were given). */
  close(): void {
    for (const port of this.#ports) port.close()
    this.#ports.clear()
    this.#files.clear()
  }
}

function readIntoShared(path: string): SharedArrayBuffer | null {
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    const size = fstatSync(fd).size
    const bytes = new SharedArrayBuffer(size)
    const view = new Uint8Array(bytes)
    for (let at = 0; at < size; ) {
      const n = readSync(fd, view, at, size - at, at)
      if (n === 0) return null
      at += n
    }
    return bytes
  } catch {
    return null
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
