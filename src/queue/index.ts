/** Scale-out: article jobs on a BullMQ (Redis) queue, and the workers that analyse and store them. */
export { QUEUE_NAME, queueConnection, queueName } from './connection.js'
export { type EnqueueOptions, type EnqueueTally, enqueueArticles } from './enqueue.js'
export { type ArticleJob, JOB_OPTIONS, jobId } from './job.js'
export { drained, type QueueStatus, queueStatus } from './status.js'
export { type RunningWorker, startWorker, type WorkerOptions } from './worker.js'
