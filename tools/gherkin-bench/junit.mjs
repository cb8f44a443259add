// node junit.mjs <messages.ndjson>
// Feeds a Cucumber Messages stream to Cucumber's own JUnit formatter (@cucumber/junit-xml-formatter,
// built on @cucumber/query, which resolves every id) and prints the XML. Used to check that runs
// written by Conformance.Gherkin are readable by Cucumber tooling.
import { readFileSync } from 'node:fs'
import { JUnitXmlPrinter } from '@cucumber/junit-xml-formatter'
import { parseEnvelope } from '@cucumber/messages'

const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter((line) => line.length > 0)
const printer = new JUnitXmlPrinter({ suiteName: 'conformance' }, (xml) => process.stdout.write(xml))
for (const line of lines) {
  printer.update(parseEnvelope(line))
}
