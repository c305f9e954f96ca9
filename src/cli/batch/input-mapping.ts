import { SlaError } from '../../errors/sla-error';
import { quoteValue } from '../../core/quote-value';
import { refuseRepeated, repeatedNames } from './header-names';

/** The fields a ticket is read from: those `sla deadline` and `sla report` judge, and those ticket text is classified from. */
export const MAPPED_FIELDS = ['opened', 'priority', 'plan', 'responded', 'id', 'beta', 'subject', 'body', 'customer'] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

/**
 * Whether a name is one of the fields a column can be mapped to.
 *
 * @example
 * isMappedField('opened') //=> true
 * isMappedField('status') //=> false
 */
export function isMappedField(name: string): name is MappedField {
  return MAPPED_FIELDS.some((f) => f === name);
}

/** Which input column each field is read from, where it differs from the field's own name. */
export type FieldColumns = Readonly<Partial<Record<MappedField, string>>>;

/** Where a field's column was named: the default (the field's own name), a preset, or `--map`. */
export type ColumnSource = 'default' | 'preset' | 'map';

/**
 * The column of every field, once for a whole input, and where each was named:
 * a column named by `--map` must be in a CSV header, one named by a preset
 * only when the field is required (`opened`), since an export may leave
 * optional columns out.
 */
export interface InputMapping {
  readonly columns: Readonly<Record<MappedField, string>>;
  readonly sources: Readonly<Record<MappedField, ColumnSource>>;
  /** How the preset is named in messages, e.g. `--preset zendesk`; undefined without one. */
  readonly preset: string | undefined;
}

/** The mapping of an input whose columns are named as the fields: what a batch reads without `--map` or `--preset`. */
export const DEFAULT_MAPPING: InputMapping = inputMapping({}, {});

/**
 * Reads `--map field=Column,...`: the input column of each named field. Field
 * names are matched without regard to case; columns are kept as written
 * (trimmed), since CSV headers are matched as written. A field named twice, an
 * unknown field or an empty column is refused (`USAGE`), naming the accepted
 * fields.
 *
 * @example
 * parseFieldMap('opened=Created at, priority=Priority') //=> { opened: 'Created at', priority: 'Priority' }
 */
export function parseFieldMap(text: string, flag = '--map'): FieldColumns {
  const out: Partial<Record<MappedField, string>> = {};
  const accepted = `give field=Column pairs separated by commas; the fields are ${MAPPED_FIELDS.join(', ')}`;
  for (const item of text.split(',')) {
    const eq = item.indexOf('=');
    const field = (eq === -1 ? item : item.slice(0, eq)).trim().toLowerCase();
    const column = eq === -1 ? '' : item.slice(eq + 1).trim();
    if (field === '' || column === '') {
      throw new SlaError('USAGE', `invalid ${flag} ${quoteValue(text)}: ${quoteValue(item.trim())} is not field=Column; ${accepted}`);
    }
    if (!isMappedField(field)) {
      throw new SlaError('USAGE', `invalid ${flag} ${quoteValue(text)}: unknown field ${quoteValue(field)}; ${accepted}`);
    }
    if (out[field] !== undefined) {
      throw new SlaError('USAGE', `invalid ${flag} ${quoteValue(text)}: the field ${field} is named twice; name each field once`);
    }
    out[field] = column;
  }
  return out;
}

/**
 * The mapping of a preset's columns overridden by `--map`'s: each field reads
 * the column `--map` names, else the preset's, else its own name.
 *
 * @example
 * inputMapping({ opened: 'Created at' }, { opened: 'Opened on' }, '--preset zendesk').columns.opened //=> 'Opened on'
 */
export function inputMapping(preset: FieldColumns, map: FieldColumns, presetLabel?: string): InputMapping {
  const columns = byField((field) => map[field] ?? preset[field] ?? field);
  const sources = byField((field): ColumnSource => (map[field] !== undefined ? 'map' : preset[field] !== undefined ? 'preset' : 'default'));
  return Object.freeze({ columns: Object.freeze(columns), sources: Object.freeze(sources), preset: presetLabel });
}

/**
 * A value for every mapped field, computed in the order of {@link MAPPED_FIELDS}
 * (so the first missing column is the one reported); the literal lists each
 * field, so the compiler checks that none is left out.
 */
function byField<V>(value: (field: MappedField) => V): Record<MappedField, V> {
  return {
    opened: value('opened'),
    priority: value('priority'),
    plan: value('plan'),
    responded: value('responded'),
    id: value('id'),
    beta: value('beta'),
    subject: value('subject'),
    body: value('body'),
    customer: value('customer'),
  };
}

/** The fields whose column must be in a CSV header: named by `--map`, or the required `opened` named by a preset. */
function mustExist(mapping: InputMapping, field: MappedField): boolean {
  const source = mapping.sources[field];
  return source === 'map' || (source === 'preset' && field === 'opened');
}

/**
 * The mapping's columns as a CSV header spells them, looked up once per file:
 * a column is matched as written, else without regard to case when only one
 * header column matches that way (`created at` finds `Created at`). A column
 * that `--map` named, or the `opened` column of a preset, that the header does
 * not have is refused (`USAGE`), naming the header's columns, so that a wrong
 * mapping stops before any record is judged rather than failing every record;
 * so is a field in `needed`, with the flag that needs it (`customer` for
 * `--plans`). A column the header names more than once is refused when
 * `--map` names it, or when the command reads the field (`reads`): its values
 * cannot be told apart (see `refuseRepeated`).
 *
 * @example
 * bindColumns(inputMapping({}, { opened: 'created at' }), ['Id', 'Created at']).opened //=> 'Created at'
 */
export function bindColumns(
  mapping: InputMapping,
  header: readonly string[],
  needed: ReadonlyMap<MappedField, string> = new Map(),
  reads: ReadonlySet<MappedField> = new Set(MAPPED_FIELDS),
): Readonly<Record<MappedField, string>> {
  const exact = new Set(header);
  const byLowerCase = new Map<string, string | null>();
  for (const column of exact) {
    const key = column.toLowerCase();
    byLowerCase.set(key, byLowerCase.has(key) ? null : column);
  }
  const repeated = repeatedNames(header);
  const by = (field: MappedField, column: string): string =>
    mapping.sources[field] === 'map'
      ? `--map ${field}=${column}`
      : mapping.sources[field] === 'preset'
        ? `${mapping.preset ?? 'the preset'} (${field}=${column})`
        : needed.has(field)
          ? `${needed.get(field)} (reading ${field} from the column ${quoteValue(column)})`
          : `the field ${field}`;
  return Object.freeze(byField((field) => {
    const column = mapping.columns[field];
    const found = exact.has(column) ? column : byLowerCase.get(column.toLowerCase());
    if (found == null && (mustExist(mapping, field) || needed.has(field))) {
      throw new SlaError(
        'USAGE',
        `${by(field, column)} names a column the input does not have: its columns are ${header.map((c) => quoteValue(c)).join(', ')}; name the right one with --map ${field}=Column`,
      );
    }
    if (found != null && (mapping.sources[field] === 'map' || reads.has(field) || needed.has(field))) {
      refuseRepeated(repeated, found, by(field, column), `map ${field} to a column named once with --map ${field}=Column, or rename the repeated columns in the file`);
    }
    return found ?? column;
  }));
}

/**
 * How a field is named in messages: the field, and its column when the two differ.
 *
 * @example
 * fieldLabel('opened', 'Created at') //=> 'opened (column "Created at")'
 */
export function fieldLabel(field: MappedField, column: string): string {
  return column === field ? field : `${field} (column ${quoteValue(column)})`;
}
