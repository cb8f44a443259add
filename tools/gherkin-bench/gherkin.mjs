// Parse + compile pickles with @cucumber/gherkin, exactly the work Conformance.Gherkin does in its
// benchmark: no source envelopes, ids from an incrementing generator.
import { generateMessages } from '@cucumber/gherkin'
import { IdGenerator, SourceMediaType } from '@cucumber/messages'

export function parseAndCompile(name, data) {
  const mediaType = name.endsWith('.md')
    ? SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_MARKDOWN
    : SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN
  return generateMessages(data, name, mediaType, {
    includeSource: false,
    includeGherkinDocument: true,
    includePickles: true,
    newId: IdGenerator.incrementing(),
  })
}
