// node parse.mjs <folder>
// For every .feature / .feature.md file in the folder, one line of JSON:
// {"name": file name, "envelopes": [gherkinDocument, pickle..., or parseError...]}.
// The differential tests compare Conformance.Gherkin's output with this.
import { resolve } from 'node:path'
import { readCorpus } from './corpus.mjs'
import { parseAndCompile } from './gherkin.mjs'

for (const { name, data } of readCorpus(resolve(process.argv[2]))) {
  let envelopes
  try {
    envelopes = parseAndCompile(name, data)
  } catch (error) {
    envelopes = [{ crash: String(error && error.stack ? error.stack : error) }]
  }
  process.stdout.write(JSON.stringify({ name, envelopes }) + '\n')
}
