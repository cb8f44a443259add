// The inputs both benchmarks parse: every .feature and .feature.md file in a folder, read once.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export function readCorpus(folder) {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.feature') || name.endsWith('.feature.md'))
    .sort()
    .map((name) => ({ name, data: readFileSync(join(folder, name), 'utf8') }))
}
