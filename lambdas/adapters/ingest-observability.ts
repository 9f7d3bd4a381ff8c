import type { Logger } from '@aws-lambda-powertools/logger';
import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { IngestOutcome } from './ingest-object.ts';

/**
 * Logs one outcome (key, status and reason; never the text) and counts it: releases ingested,
 * rejected, and the extraction time.
 *
 * @example
 * reportOutcome(logger, metrics, { status: 'deleted', id: 'incoming/a.txt' });
 */
export function reportOutcome(logger: Logger, metrics: Metrics, outcome: IngestOutcome): void {
  switch (outcome.status) {
    case 'ingested':
      metrics.addMetric('ReleasesIngested', MetricUnit.Count, 1);
      metrics.addMetric('ExtractionTime', MetricUnit.Milliseconds, outcome.extractionMs);
      logger.info('release ingested', {
        key: outcome.id,
        quotes: outcome.quotes,
        extractionMs: Math.round(outcome.extractionMs),
      });
      return;
    case 'rejected':
      metrics.addMetric('ReleasesRejected', MetricUnit.Count, 1);
      logger.warn('release rejected', { key: outcome.id, reason: outcome.code, detail: outcome.message });
      return;
    default:
      logger.info(`event ${outcome.status}`, { key: outcome.id });
  }
}
