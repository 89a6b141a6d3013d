/** The HTTP API and the dashboard: thin routes over the store, analyze/ and extract/. */
export { type AppOptions, createApp, DEFAULT_MAX_BODY } from './app.js'
export { ApiError } from './errors.js'
export {
  isLoopback,
  type RunningServer,
  type ServeOptions,
  startServer,
  WEB_ROOT,
} from './listen.js'
