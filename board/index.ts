// The board's shared model, imported by the server, the phone app and the kiosk.

export * from './announcement.ts';
export * from './chore.ts';
export * from './clock.ts';
export * from './close-codes.ts';
export * from './documents.ts';
export * from './group.ts';
export * from './heartbeat-message.ts';
export * from './housekeeping.ts';
export * from './ids.ts';
export * from './morning.ts';
export * from './night.ts';
export * from './person.ts';
export * from './record-kinds.ts';
export * from './records.ts';
export * from './roles.ts';
export * from './schedule.ts';
export * from './seed.ts';
export * from './sentences.ts';
export * from './settings.ts';
export * from './shift.ts';
export * from './text.ts';
export * from './time.ts';
export * from './undo.ts';
export * from './validation.ts';
export * from './visitor.ts';
export * from './wire.ts';
