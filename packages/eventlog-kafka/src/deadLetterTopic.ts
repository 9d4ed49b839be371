/**
 * A dead-letter topic for refused events: same producer settings as the event log (idempotent, acks=all, keyed with
 * the Java-compatible partitioner), topic created explicitly if missing. Read it back with `KafkaEventLog.open` on the
 * same topic name.
 */
import type { Admin, Producer } from 'kafkajs';
import { silentLogger, type Logger } from '@careledger/runtime';
import { EventLogError, type AppendRecord, type LogPosition } from '@careledger/eventlog';
import type { KafkaAppender, ProducerSettings } from './kafkaAppender';
import type { KafkaConnectionOptions } from './kafkaClient';
import type { TopicSpec } from './kafkaTopic';
import { connectTopicProducer } from './topicProducer';

export interface KafkaDeadLetterTopicOptions extends KafkaConnectionOptions, TopicSpec, ProducerSettings {}

export class KafkaDeadLetterTopic {
  private closing: Promise<void> | undefined;

  private constructor(
    readonly topic: string,
    private readonly admin: Admin,
    private readonly producer: Producer,
    private readonly appender: KafkaAppender,
    private readonly logger: Logger,
  ) {}

  static async open(options: KafkaDeadLetterTopicOptions): Promise<KafkaDeadLetterTopic> {
    const logger = options.logger ?? silentLogger;
    const { admin, producer, appender } = await connectTopicProducer(options, logger, 'Kafka dead-letter topic');
    return new KafkaDeadLetterTopic(options.topic, admin, producer, appender, logger);
  }

  /** Publishes records durably (acks=all); resolves with their positions, in input order. */
  async publish(records: readonly AppendRecord[]): Promise<LogPosition[]> {
    if (this.closing) {
      throw new EventLogError('eventlog.closed', `Kafka dead-letter topic ${this.topic} is closed`, {
        topic: this.topic,
      });
    }
    return this.appender.append(records);
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.producer.disconnect().catch((error: unknown) => {
        this.logger.warn({ topic: this.topic, err: error }, 'could not disconnect the Kafka dead-letter producer');
      });
      await this.admin.disconnect().catch(() => undefined);
    })();
    return this.closing;
  }
}
