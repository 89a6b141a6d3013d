/** Expectations: forward-looking statements about actors and their relationships, with holder, polarity and horizon. */
export { extractExpectations } from './extract.js'
