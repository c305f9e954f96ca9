const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text as HTML and SVG read it, in element content and in quoted attribute
 * values alike: the five characters that could end a text or an attribute,
 * or start markup, become entities. Ids, plan names and zone names come from
 * the input and the policy, so every one of them passes through here.
 *
 * @example
 * escapeHtml('<b>"A&B"</b>') //=> '&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
