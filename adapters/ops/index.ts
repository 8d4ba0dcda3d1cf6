/** Health checks and metrics: what an operator needs to run the bot. */
export { createMetrics, type Metrics } from './metrics.ts';
export { meterAnswers } from './meter-engine.ts';
export { meterVotes } from './meter-votes.ts';
export { recordAnswers } from './record-answers.ts';
export { type Checks, engineChecks, evaluate, platformChecks, type ReadinessReport } from './readiness.ts';
export { mountOpsRoutes } from './routes.ts';
