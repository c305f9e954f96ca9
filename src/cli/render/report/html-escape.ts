/** The entity of each character {@link escapeHtml} replaces; any other character stays as it is. */
function entity(c: string): string {
  switch (c) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '"':
      return '&quot;';
    case "'":
      return '&#39;';
    default:
      return c;
  }
}

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
  return text.replace(/[&<>"']/g, entity);
}
