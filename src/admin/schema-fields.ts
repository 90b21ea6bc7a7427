/**
 * Turns a zod object schema (the content layer's own, from `src/schemas/`) into Sveltia CMS
 * field definitions, so the editor can never drift from what the build accepts: a field added
 * to a schema appears in the editor after the next reload, with the same required/optional
 * status. Generic over zod's building blocks (string, number, boolean, enum, date, array,
 * object, record, optional, default, union, pipe/preprocess); collection-specific choices
 * (widgets, option lists, hidden fields) come in as `overrides` keyed by dotted path.
 *
 * Two rules keep round trips safe: a zod `.default()` never becomes a CMS `default` (Sveltia
 * would write it into existing files that lack the field), and fields with a default are
 * optional in the editor (the build fills them in).
 */

/** A Sveltia field; kept loose because Sveltia's own type is a wide union. */
export type CmsField = Record<string, unknown> & { name: string; widget: string; required?: boolean };

/** Per-path replacements: a partial field merged over the generated one, or `false` to leave the field out. */
export type Overrides = Record<string, Partial<CmsField> | false>;

/** Doc comments by field name, looked up most specific first. */
export type HintLookup = (path: string[]) => string | undefined;

interface ZodLike {
  _zod: { def: Record<string, any> & { type: string }; bag?: Record<string, any> };
}

const def = (s: ZodLike) => s._zod.def;

/** Peel wrappers that only say "may be absent" (optional, default) or "converted first" (pipe). */
export function unwrap(schema: ZodLike): { inner: ZodLike; optional: boolean } {
  let s = schema;
  let optional = false;
  for (;;) {
    const d = def(s);
    if (d.type === 'optional' || d.type === 'default' || d.type === 'prefault' || d.type === 'nullable') {
      optional = true;
      s = d.innerType;
    } else if (d.type === 'pipe') {
      // z.preprocess(fn, schema): the input side is a transform; the output side is the rule.
      s = def(d.in).type === 'transform' ? d.out : d.in;
    } else if (d.type === 'union') {
      // z.union([z.literal(''), z.email()]): "empty, or a valid value" — an optional field.
      const options: ZodLike[] = d.options;
      const real = options.filter((o) => !(def(o).type === 'literal' && def(o).values?.every((v: unknown) => v === '')));
      if (real.length < options.length) optional = true;
      if (real.length !== 1) return { inner: real[0] ?? s, optional };
      s = real[0]!;
    } else {
      return { inner: s, optional };
    }
  }
}

/** The string's regex rule, if any, as Sveltia's `pattern: [source, message]`. */
function stringPattern(s: ZodLike): [string, string] | undefined {
  for (const check of def(s).checks ?? []) {
    const cd = check._zod?.def;
    if (cd?.check === 'string_format' && cd.format === 'regex' && cd.pattern instanceof RegExp) {
      const message = typeof cd.error === 'function' ? cd.error({}) : undefined;
      return [cd.pattern.source, typeof message === 'string' ? message : `Expected ${cd.pattern.source}`];
    }
  }
  return undefined;
}

function isInt(s: ZodLike): boolean {
  const bag = s._zod.bag ?? {};
  return bag.format === 'safeint' || bag.format === 'int32' || Number.isSafeInteger(bag.multipleOf) ||
    (def(s).checks ?? []).some((c: any) => /int/.test(c._zod?.def?.format ?? ''));
}

/** The fields of a zod object schema. */
export function objectFields(schema: ZodLike, hints: HintLookup, overrides: Overrides = {}, path: string[] = []): CmsField[] {
  const shape: Record<string, ZodLike> = def(unwrap(schema).inner).shape;
  const fields: CmsField[] = [];
  for (const [name, child] of Object.entries(shape)) {
    const field = fieldFor(name, child, hints, overrides, [...path, name]);
    if (field) fields.push(field);
  }
  return fields;
}

/** One CMS field for one schema property (undefined when overridden away). */
export function fieldFor(name: string, schema: ZodLike, hints: HintLookup, overrides: Overrides, path: string[]): CmsField | undefined {
  const key = path.join('.');
  const override = overrides[key];
  if (override === false) return undefined;
  const { inner, optional } = unwrap(schema);
  const d = def(inner);
  const field: CmsField = { name, label: name, widget: 'string' };
  if (optional) field.required = false;
  const hint = hints(path);
  if (hint) field.hint = hint;
  switch (d.type) {
    case 'string': {
      const pattern = stringPattern(inner);
      if (pattern) field.pattern = pattern;
      break;
    }
    case 'number':
      Object.assign(field, { widget: 'number', value_type: isInt(inner) ? 'int' : 'float' });
      break;
    case 'boolean':
      field.widget = 'boolean';
      break;
    case 'enum':
      Object.assign(field, { widget: 'select', options: Object.values(d.entries) });
      break;
    case 'date':
      // zod's coerced dates: the content files write a day, YYYY-MM-DD.
      Object.assign(field, { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' });
      break;
    case 'object':
      Object.assign(field, { widget: 'object', fields: objectFields(inner, hints, overrides, path) });
      break;
    case 'record':
      field.widget = 'keyvalue';
      break;
    case 'array': {
      const element = unwrap(d.element).inner;
      const ed = def(element);
      if (ed.type === 'object') {
        Object.assign(field, { widget: 'list', fields: objectFields(element, hints, overrides, [...path, '*']) });
      } else if (ed.type === 'enum') {
        Object.assign(field, { widget: 'select', multiple: true, options: Object.values(ed.entries) });
      } else {
        const sub = fieldFor('item', d.element, hints, overrides, [...path, '*']);
        Object.assign(field, { widget: 'list', field: sub });
      }
      const min = (d.checks ?? []).find((c: any) => c._zod?.def?.check === 'min_length')?._zod.def.minimum;
      if (min) field.min = min;
      break;
    }
    default:
      // Anything else (literal, custom, any) stays a plain text box; the build still validates it.
      break;
  }
  if (!override) return field;
  // A new widget brings its own sub-fields: drop the generated ones.
  if (override.widget && override.widget !== field.widget) {
    delete field.field;
    delete field.fields;
  }
  return { ...field, ...override, name };
}

/** Every dotted path of a schema, with whether it is required: what the drift test compares. */
export function schemaPaths(schema: ZodLike, prefix: string[] = []): Map<string, boolean> {
  const out = new Map<string, boolean>();
  const shape: Record<string, ZodLike> = def(unwrap(schema).inner).shape;
  for (const [name, child] of Object.entries(shape)) {
    const path = [...prefix, name];
    const { inner, optional } = unwrap(child);
    out.set(path.join('.'), !optional);
    const d = def(inner);
    if (d.type === 'object') for (const [k, v] of schemaPaths(inner, path)) out.set(k, v);
    if (d.type === 'array' && def(unwrap(d.element).inner).type === 'object') {
      for (const [k, v] of schemaPaths(unwrap(d.element).inner, [...path, '*'])) out.set(k, v);
    }
  }
  return out;
}

/** The same map for generated CMS fields. */
export function fieldPaths(fields: CmsField[], prefix: string[] = []): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const f of fields) {
    const path = [...prefix, f.name];
    out.set(path.join('.'), f.required !== false);
    if (Array.isArray(f.fields)) {
      const sub = f.widget === 'list' ? [...path, '*'] : path;
      for (const [k, v] of fieldPaths(f.fields as CmsField[], sub)) out.set(k, v);
    }
  }
  return out;
}

/**
 * Doc comments of a schema source file, by property name: `/** Stable id … *\/ id: z…`.
 * The schemas document each field this way (not with `.describe()`), so the editor's
 * hints read them from the source text.
 */
export function docComments(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*(\w+)\s*:/g)) {
    const text = m[1]!.split('\n').map((l) => l.replace(/^\s*\*\s?/, '').trim()).join(' ').replace(/\s+/g, ' ').trim();
    if (!out.has(m[2]!)) out.set(m[2]!, text);
  }
  return out;
}
