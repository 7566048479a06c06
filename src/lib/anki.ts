/** One note of the Anki file: a Basic note, its back as HTML. */
export interface AnkiNote {
  /** Stable across builds and edits: a re-import updates the note instead of adding a copy. */
  guid: string;
  /** The question, plain text. */
  question: string;
  /** Safe HTML (src/lib/markdown.ts `renderInlineMarkdown`). */
  whyAskedHtml: string;
  /** Safe HTML. */
  strongAnswerHtml: string;
  /** Anki tags: no spaces in a tag. */
  tags: readonly string[];
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * One field of the file. A tab or line break would end the field or the note: HTML treats them as
 * spaces, so they become spaces. A field that starts with `=`, `+`, `-` or `@` would be a formula in
 * a spreadsheet that opens the file, and one that starts with `"` would be read as a quoted field:
 * that first character is written as an HTML character reference, which Anki shows as the character.
 */
function toField(html: string): string {
  const flat = html.replace(/[\t\r\n]+/g, ' ').trim();
  return /^[=+\-@"]/.test(flat) ? `&#${flat.codePointAt(0)};${flat.slice(1)}` : flat;
}

/**
 * A tab-separated file that Anki imports as it is (File › Import), one note per line: its header
 * lines name the separator, say the fields are HTML, and point at the GUID and tag columns. Columns:
 * GUID, Front (the question), Back (why it is asked, then a strong answer), Tags.
 */
export function* ankiTsv(notes: Iterable<AnkiNote>): Generator<string> {
  yield '#separator:tab\n#html:true\n#notetype:Basic\n#columns:GUID\tFront\tBack\tTags\n#guid column:1\n#tags column:4\n';
  for (const note of notes) {
    const fields = [
      note.guid,
      note.question.replace(/[&<>"]/g, (char) => HTML_ESCAPES[char]!),
      `<b>Why asked:</b> ${note.whyAskedHtml}<br><br><b>Strong answer:</b> ${note.strongAnswerHtml}`,
      note.tags.join(' '),
    ];
    yield `${fields.map(toField).join('\t')}\n`;
  }
}
