/**
 * The field list of a dataset, for `/data/`: read from its JSON Schema (the same one published),
 * so the documentation cannot drift from the files.
 */
interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
}

export interface FieldDoc {
  name: string;
  type: string;
  description: string;
}

function typeOf(schema: JsonSchema): string {
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' | ');
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.type === 'array') return `${schema.items ? typeOf(schema.items) : 'unknown'}[]`;
  return Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'unknown');
}

const describe = (schema: JsonSchema): string => schema.description ?? schema.anyOf?.find((s) => s.description)?.description ?? '';

/** The fields of the documented records: the frame's `items` when there is one, else the top level; nested objects one level down. */
export function fieldDocs(schema: JsonSchema, key?: string): FieldDoc[] {
  const record = key ? schema.properties?.[key]?.items : (schema.properties?.items?.items ?? schema);
  const fields: FieldDoc[] = [];
  for (const [name, field] of Object.entries(record?.properties ?? {})) {
    fields.push({ name, type: typeOf(field), description: describe(field) });
    const nested = field.properties ?? field.anyOf?.find((s) => s.properties)?.properties;
    if (nested)
      for (const [sub, subField] of Object.entries(nested)) fields.push({ name: `${name}.${sub}`, type: typeOf(subField), description: describe(subField) });
  }
  return fields;
}
