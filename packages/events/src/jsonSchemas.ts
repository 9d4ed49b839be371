import { z } from 'zod';
import { codeLists } from '@careledger/ssda903';
import { EVENT_DESCRIPTIONS, eventSchemas, type EventType } from './caseEvents';

/** JSON Schema for every event type, and the code lists, as written under schemas/. */
export function generatedSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [type, schema] of Object.entries(eventSchemas) as [EventType, z.ZodType][]) {
    const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
    const document = { $id: `https://careledger.example/schemas/events/${type}.schema.json`, title: type, description: EVENT_DESCRIPTIONS[type], ...json };
    files.set(`events/${type}.schema.json`, `${JSON.stringify(document, null, 2)}\n`);
  }
  for (const [name, entries] of Object.entries(codeLists)) {
    files.set(`codelists/${name}.json`, `${JSON.stringify(entries, null, 2)}\n`);
  }
  return files;
}
