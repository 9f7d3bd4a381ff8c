import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface PipelineAlarmsProps {
  readonly queue: IQueue;
  readonly deadLetterQueue: IQueue;
  readonly ingestFunction: IFunction;
  /** The oldest waiting event may be this old before the backlog alarm fires. @default Duration.minutes(15) */
  readonly maxMessageAge?: Duration;
}

/**
 * The three signals that the pipeline needs a person: a release was given up on (dead-letter queue
 * not empty), the ingest function fails, or events wait longer than they should (a backlog or a
 * stalled consumer). The alarms are public so a deployment can attach its own notification actions.
 */
export class PipelineAlarms extends Construct {
  readonly deadLetters: Alarm;
  readonly ingestErrors: Alarm;
  readonly oldestMessageAge: Alarm;

  constructor(scope: Construct, id: string, props: PipelineAlarmsProps) {
    super(scope, id);
    const period = Duration.minutes(5);

    this.deadLetters = new Alarm(this, 'DeadLetters', {
      alarmDescription: 'A release event reached the dead-letter queue: its file failed every retry.',
      metric: props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period,
        statistic: 'Maximum',
      }),
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      threshold: 0,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    this.ingestErrors = new Alarm(this, 'IngestErrors', {
      alarmDescription: 'The ingest function failed whole invocations (thrown errors or timeouts).',
      metric: props.ingestFunction.metricErrors({ period, statistic: 'Sum' }),
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      threshold: 0,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    const maxAge = props.maxMessageAge ?? Duration.minutes(15);
    this.oldestMessageAge = new Alarm(this, 'OldestMessageAge', {
      alarmDescription: `Release events have waited in the queue longer than ${maxAge.toHumanString()}.`,
      metric: props.queue.metricApproximateAgeOfOldestMessage({ period, statistic: 'Maximum' }),
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      threshold: maxAge.toSeconds(),
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }
}
