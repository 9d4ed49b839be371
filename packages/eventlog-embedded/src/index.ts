export { EmbeddedEventLog, LOG_FILE, MAX_WRITE_BYTES, type EmbeddedEventLogOptions } from './embeddedEventLog';
