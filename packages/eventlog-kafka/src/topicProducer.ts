import type { Admin, Kafka as KafkaClient, Producer } from 'kafkajs';
import type { Logger } from '@careledger/runtime';
import {
  createIdempotentProducer, DEFAULT_MAX_BYTES_PER_SEND, DEFAULT_MAX_MESSAGES_PER_SEND, KafkaAppender, type ProducerSettings,
} from './kafkaAppender';
import { asConnectError, createKafkaClient, type KafkaConnectionOptions } from './kafkaClient';
import { ensureTopic, type TopicSpec } from './kafkaTopic';

export interface TopicProducer {
  readonly kafka: KafkaClient;
  readonly admin: Admin;
  readonly producer: Producer;
  readonly appender: KafkaAppender;
}

/**
 * Connects an admin client, creates the topic if missing (or checks it), and connects an idempotent producer with
 * an appender sized to the topic. On failure everything opened is disconnected and the error names `what`.
 */
export async function connectTopicProducer(
  options: KafkaConnectionOptions & TopicSpec & ProducerSettings & { maxMessagesPerSend?: number; maxBytesPerSend?: number },
  logger: Logger,
  what: string,
): Promise<TopicProducer> {
  const kafka = createKafkaClient(options, logger);
  const admin = kafka.admin();
  let producer: Producer | undefined;
  try {
    await admin.connect();
    const topic = await ensureTopic(admin, options, logger);
    producer = createIdempotentProducer(kafka);
    await producer.connect();
    const appender = new KafkaAppender(producer, options.topic, topic.partitions, {
      maxMessages: options.maxMessagesPerSend ?? DEFAULT_MAX_MESSAGES_PER_SEND,
      maxBytes: options.maxBytesPerSend ?? DEFAULT_MAX_BYTES_PER_SEND,
      maxPartitionBytes: topic.maxMessageBytes,
    }, options);
    return { kafka, admin, producer, appender };
  } catch (error) {
    await producer?.disconnect().catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
    throw asConnectError(error, options.brokers, `cannot open ${what} ${options.topic}`, { topic: options.topic });
  }
}
