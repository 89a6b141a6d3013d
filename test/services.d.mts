/** A private server for one test file or benchmark run. */
export interface Service {
  url: string
  stop(): Promise<void>
}

/** Why a service could not be started (its binaries are missing); tests skip with it. */
export interface Skipped {
  skip: string
}

export declare const REQUIRED: boolean
export declare function freePort(): Promise<number>
export declare function startPostgres(): Promise<Service | Skipped>
export declare function startRedis(): Promise<Service | Skipped>
export declare function createDatabase(url: string, name: string): Promise<string>
