// node bench.mjs [corpus folder] [seconds]
// Times whole-corpus passes (parse + pickles of every file) and prints the median, like
// BenchmarkDotNet's GherkinCorpusBenchmark on the C# side.
import { resolve } from 'node:path'
import { readCorpus } from './corpus.mjs'
import { parseAndCompile } from './gherkin.mjs'

const folder = resolve(process.argv[2] ?? new URL('../../../shared/gherkin-testdata/good', import.meta.url).pathname)
const seconds = Number(process.argv[3] ?? 10)
const files = readCorpus(folder)

function pass() {
  let envelopes = 0
  for (const { name, data } of files) {
    envelopes += parseAndCompile(name, data).length
  }
  return envelopes
}

const envelopes = pass()
for (let i = 0; i < 50; i++) pass() // warm-up: let the JIT settle

const samples = []
const end = process.hrtime.bigint() + BigInt(seconds * 1e9)
while (process.hrtime.bigint() < end) {
  const start = process.hrtime.bigint()
  pass()
  samples.push(Number(process.hrtime.bigint() - start) / 1e3)
}
samples.sort((a, b) => a - b)
const median = samples[Math.floor(samples.length / 2)]
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.data), 0)
console.log(JSON.stringify({
  implementation: '@cucumber/gherkin 42.0.1',
  node: process.version,
  files: files.length,
  bytes,
  envelopes,
  passes: samples.length,
  medianMicroseconds: Math.round(median * 10) / 10,
  p10Microseconds: Math.round(samples[Math.floor(samples.length * 0.1)] * 10) / 10,
  p90Microseconds: Math.round(samples[Math.floor(samples.length * 0.9)] * 10) / 10,
}))
