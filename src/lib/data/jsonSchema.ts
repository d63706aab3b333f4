// JSON Schemas for editors' editors, generated from the zod schemas (scripts/generate-schema.ts writes
// them to data/schema/). The zod messages become the editor's messages, so typing "Intel" as an id
// shows the same advice as npm run check:data.
import { z } from 'zod';
import { fileSchemas, status, type DataFileName } from './schema.ts';
import { ownMessages } from './issues.ts';
import { translationFile } from './translations.ts';

/** The status vocabulary as editors read it on hover. */
const statusHelp: Record<z.infer<typeof status>, string> = {
  confirmed:
    'Two independent roots other than Tiandy, or an official record of the act; no counterparty denies it. The check refuses it when the sources do not allow it.',
  claimed: "Every source leads back to Tiandy's own material.",
  'single-source': 'One root other than Tiandy, not corroborated.',
  denied: "The named counterparty's own denial is among the sources.",
};

/** The JSON Schema of one data file, as a JSON object. */
export const jsonSchemaFor = (file: DataFileName) => jsonSchemaOf(fileSchemas[file], `data/${file}`);

/** The JSON Schema of a file editors write, named by its place. */
function jsonSchemaOf(zodSchema: z.ZodType, place: string): Record<string, unknown> {
  const schema = z.toJSONSchema(zodSchema, {
    // Editors write the input: fields with defaults are optional for them.
    io: 'input',
    override({ zodSchema, jsonSchema }) {
      const empty = jsonSchema.type === 'string' ? '' : jsonSchema.type === 'array' ? [] : undefined;
      const own = empty === undefined ? new Map() : ownMessages(zodSchema, empty);
      const pattern = own.get('invalid_format');
      if (pattern && jsonSchema.pattern) jsonSchema.patternErrorMessage = `Expected ${pattern}.`;
      const min = own.get('too_small');
      if (min) jsonSchema.description = min;
      if (zodSchema === status) {
        jsonSchema.enumDescriptions = status.options.map((s) => statusHelp[s]);
        jsonSchema.description = 'How strong the evidence is; see data/README.md.';
      }
    },
  });
  return {
    ...schema,
    title: `Tiandy story: ${place}`,
    description: `Generated from src/lib/data/schema.ts by scripts/generate-schema.ts; do not edit by hand.`,
  };
}

/** Every schema file's name and text, as scripts/generate-schema.ts writes them. */
export function generateSchemas(): Record<string, string> {
  const text = (schema: Record<string, unknown>) => JSON.stringify(schema, null, 2) + '\n';
  return {
    ...Object.fromEntries(
      (Object.keys(fileSchemas) as DataFileName[]).map((file) => [
        file.replace(/\.json$/, '.schema.json'),
        text(jsonSchemaFor(file)),
      ]),
    ),
    'translations.schema.json': text(jsonSchemaOf(translationFile, 'data/translations/<edition>.json')),
  };
}
