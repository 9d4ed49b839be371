export * from './projector';
export * from './kafkaGroupProjector';
