import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeSource, MAX_BYTES, type Decoded } from '../../../src/ingest/decode/index.ts';

const ENGLISH = 'Immigration and Customs Enforcement sent 80 officers to Nashville on Tuesday to assist with arrests, the agency said. ';
const reason = (r: Decoded) => (r.ok ? assert.fail(`expected a rejection, got text: ${r.text.slice(0, 40)}`) : r.reason);
const text = (r: Decoded) => (r.ok ? r : assert.fail(`expected text, got: ${r.reason}`));

test('decodeSource(empty bytes) rejects the file as empty', () => {
  assert.equal(reason(decodeSource(new Uint8Array(), 'a.txt')), 'empty file');
});

test('decodeSource(whitespace) rejects it as only whitespace, also when the whitespace is UTF-16', () => {
  assert.equal(reason(decodeSource(Buffer.from('  \n\t \r\n'), 'a.txt')), 'only whitespace');
  assert.equal(reason(decodeSource(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(' \r\n ', 'utf16le')]), 'a.txt')), 'only whitespace');
});

test('decodeSource(bytes over the limit) rejects them as too large without reading them', () => {
  assert.match(reason(decodeSource(new Uint8Array(MAX_BYTES + 1), 'a.txt')), /^too large \(20\.0 MB; the limit is 20 MB\)$/);
});

test('decodeSource(NUL bytes) rejects the file as binary content', () => {
  assert.match(reason(decodeSource(Buffer.from([0x41, 0, 0x42, 0x43]), 'a.txt')), /^binary content \(1 NUL byte/);
});

test('decodeSource(images, PDFs, archives) names the kind of binary file', () => {
  assert.match(reason(decodeSource(Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2]), 'a.txt')), /PNG image/);
  assert.match(reason(decodeSource(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj', 'latin1'), 'story.txt')), /a PDF/);
  assert.match(reason(decodeSource(Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]), 'story.md')), /ZIP or Office/);
  assert.match(reason(decodeSource(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), 'photo.html')), /JPEG image/);
});

test('decodeSource(mostly control characters) rejects it as binary content', () => {
  const bytes = Buffer.from(Array.from({ length: 300 }, (_, i) => (i % 4 ? 0x41 : 0x1b)));
  assert.match(reason(decodeSource(bytes, 'a.txt')), /binary content \(75 control characters/);
});

test('decodeSource(text with a few stray control characters) keeps the text and drops them', () => {
  assert.equal(text(decodeSource(Buffer.from(`Agents\x07 were sent.\x1b ${ENGLISH}`), 'a.txt')).text, `Agents were sent. ${ENGLISH}`);
});

test('decodeSource(UTF-8 with a BOM) drops the mark', () => {
  const r = text(decodeSource(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Señor Ruiz spoke.')]), 'a.txt'));
  assert.equal(r.text, 'Señor Ruiz spoke.');
  assert.equal(r.encoding, 'utf-8 (BOM)');
});

test('decodeSource(UTF-16 LE with a BOM) decodes it and normalizes CRLF and lone CR', () => {
  const r = text(decodeSource(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('One\r\nTwo\rThree', 'utf16le')]), 'a.txt'));
  assert.equal(r.text, 'One\nTwo\nThree');
  assert.equal(r.encoding, 'utf-16le (BOM)');
});

test('decodeSource(UTF-16 without a BOM) recognises it by its NUL pattern instead of calling it binary', () => {
  const r = text(decodeSource(Buffer.from(ENGLISH, 'utf16le'), 'a.txt'));
  assert.equal(r.text, ENGLISH);
  assert.equal(r.encoding, 'utf-16le');
  assert.equal(text(decodeSource(Buffer.from(ENGLISH, 'utf16le').swap16(), 'a.txt')).encoding, 'utf-16be');
});

test('decodeSource(UTF-32 with a BOM) decodes it', () => {
  const bytes = Buffer.alloc(4 * (ENGLISH.length + 1));
  bytes.writeUInt32LE(0xfeff, 0);
  [...ENGLISH].forEach((c, i) => bytes.writeUInt32LE(c.codePointAt(0)!, 4 * (i + 1)));
  assert.equal(text(decodeSource(bytes, 'a.txt')).text, ENGLISH);
});

test('decodeSource(windows-1252 text) reads smart quotes and accents through chardet and iconv-lite', () => {
  const r = text(decodeSource(Buffer.from(`Caf\xe9 owners said \x93no\x94 \x96 ${ENGLISH}`, 'latin1'), 'a.txt'));
  assert.ok(r.text.startsWith('Café owners said “no” – '));
  assert.equal(r.encoding, 'windows-1252');
});

test('decodeSource(UTF-8 broken by one bad byte) still yields readable text', () => {
  const r = text(decodeSource(Buffer.concat([Buffer.from(ENGLISH), Buffer.from([0xc3, 0x28])]), 'a.txt'));
  assert.ok(r.text.startsWith(ENGLISH));
});

test('decodeSource(an article in Spanish) rejects it and names the language', () => {
  const es = 'Agentes de Inmigración y Control de Aduanas fueron enviados a la ciudad de Chicago el lunes, según funcionarios del Departamento de Seguridad Nacional. La operación, que comenzó la semana pasada, incluye a cientos de agentes de la Patrulla Fronteriza que llegaron desde Texas. Los residentes dijeron que tenían miedo de salir de sus casas.';
  assert.equal(reason(decodeSource(Buffer.from(es), 'a.txt')), 'written in Spanish, not English');
});

test('decodeSource(a saved page in German) judges the language from the page text, not its markup', () => {
  const de = 'Die Nationalgarde wurde am Donnerstag in mehrere Städte an der Grenze geschickt, wie das Büro des Gouverneurs mitteilte. Die Soldaten sollen die Bundesbeamten mindestens zwei Monate lang unterstützen. Mehrere Bürgermeister kritisierten die Entscheidung als teuer und unnötig, während Hilfsorganisationen vor einer Militarisierung der Region warnen.';
  const html = `<!doctype html><html><head><script>var tracking = "the and of to in is that for was with";</script></head><body><nav>Home</nav><article><p>${de}</p></article></body></html>`;
  assert.equal(reason(decodeSource(Buffer.from(html), 'seite.html')), 'written in German, not English');
});

test('decodeSource(English with a Spanish quote, or too short to judge) keeps it', () => {
  const mixed = `${ENGLISH.repeat(3)}"No tenemos miedo, vamos a seguir trabajando," said one resident. ${ENGLISH}`;
  assert.ok(decodeSource(Buffer.from(mixed), 'a.txt').ok);
  assert.ok(decodeSource(Buffer.from('Agentes enviados a Chicago el lunes.'), 'a.txt').ok);
});

test('decodeSource sniffs the format from the name and the content', () => {
  assert.equal(text(decodeSource(Buffer.from(ENGLISH), 'a.md')).format, 'markdown');
  assert.equal(text(decodeSource(Buffer.from(ENGLISH), 'a.markdown')).format, 'markdown');
  assert.equal(text(decodeSource(Buffer.from(ENGLISH), 'a.htm')).format, 'html');
  assert.equal(text(decodeSource(Buffer.from(`<!doctype html><p>${ENGLISH}</p>`), 'a.txt')).format, 'html');
  assert.equal(text(decodeSource(Buffer.from(`<!-- saved from url=(0042) -->\n<HTML lang="en"><p>${ENGLISH}</p>`), 'a.txt')).format, 'html');
  assert.equal(text(decodeSource(Buffer.from(`<b>${ENGLISH}</b>`), 'a.txt')).format, 'text');
});
