export { KafkaEventLog, type KafkaEventLogOptions } from './kafkaEventLog';
export { KafkaDeadLetterTopic, type KafkaDeadLetterTopicOptions } from './deadLetterTopic';
export {
  createKafkaTopic,
  defaultTopicConfig,
  ensureTopic,
  fetchTopicOffsets,
  waitForLeaders,
  DEFAULT_PARTITIONS,
  DEFAULT_REPLICATION_FACTOR,
  type TopicInfo,
  type TopicPartitionOffsets,
  type TopicSpec,
} from './kafkaTopic';
export {
  createKeyPartitioner,
  DEFAULT_MAX_BYTES_PER_SEND,
  DEFAULT_MAX_MESSAGES_PER_SEND,
  type ProducerSettings,
} from './kafkaAppender';
export type { ReplayTuning } from './kafkaReplay';
export { createKafkaClient, pinoLogCreator, type KafkaConnectionOptions, type KafkaLogLevelName } from './kafkaClient';
export { KafkaGroupConsumer } from './kafkaGroupConsumer';
