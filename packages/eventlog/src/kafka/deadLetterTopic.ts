/**
 * A dead-letter topic for refused events: same producer settings as the event log (idempotent, acks=all, keyed with
 * the Java-compatible partitioner), topic created explicitly if missing. Read it back with `KafkaEventLog.open` on the
 * same topic name.
 */
import type { Admin, Producer } from 'kafkajs';
import { silentLogger, type Logger } from '@careledger/runtime';
import { EventLogError, type AppendRecord, type LogPosition } from '../port';
import {
  createIdempotentProducer,
  DEFAULT_MAX_BYTES_PER_SEND,
  DEFAULT_MAX_MESSAGES_PER_SEND,
  KafkaAppender,
  type ProducerSettings,
} from './kafkaAppender';
import { asEventLogError, createKafkaClient, type KafkaConnectionOptions } from './kafkaClient';
import { ensureTopic, type TopicSpec } from './kafkaTopic';

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
    const kafka = createKafkaClient(options, logger);
    const admin = kafka.admin();
    let producer: Producer | undefined;
    try {
      await admin.connect();
      const topic = await ensureTopic(admin, options, logger);
      producer = createIdempotentProducer(kafka);
      await producer.connect();
      const appender = new KafkaAppender(
        producer,
        options.topic,
        topic.partitions,
        {
          maxMessages: DEFAULT_MAX_MESSAGES_PER_SEND,
          maxBytes: DEFAULT_MAX_BYTES_PER_SEND,
          maxPartitionBytes: topic.maxMessageBytes,
        },
        options,
      );
      return new KafkaDeadLetterTopic(options.topic, admin, producer, appender, logger);
    } catch (error) {
      await producer?.disconnect().catch(() => undefined);
      await admin.disconnect().catch(() => undefined);
      throw asEventLogError(error, 'eventlog.unavailable', `cannot open Kafka dead-letter topic ${options.topic}`, {
        topic: options.topic,
        brokers: options.brokers,
      });
    }
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
