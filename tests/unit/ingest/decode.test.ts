import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeSource } from '../../../src/ingest/decode/index.ts';

const ENGLISH = 'Immigration and Customs Enforcement sent 80 officers to Nashville on Tuesday to assist with arrests, the agency said. ';

test('decodeSource(empty bytes) rejects the file as empty', () => {
  assert.deepEqual(decodeSource(new Uint8Array(), 'a.txt'), { ok: false, reason: 'empty file' });
});

test('decodeSource(whitespace) rejects it as only whitespace', () => {
  const r = decodeSource(Buffer.from('  \n\t \r\n'), 'a.txt');
  assert.equal(r.ok, false);
  assert.match((r as { reason: string }).reason, /whitespace/);
});

test('decodeSource(NUL bytes or a PNG) rejects it as binary', () => {
  assert.match((decodeSource(Buffer.from([0x41, 0, 0x42, 0x43]), 'a.txt') as { reason: string }).reason, /binary/);
  assert.match((decodeSource(Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2]), 'a.txt') as { reason: string }).reason, /PNG/);
});

test('decodeSource reads UTF-16 with a BOM and normalizes CRLF and lone CR', () => {
  const r = decodeSource(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('One\r\nTwo\rThree', 'utf16le')]), 'a.txt');
  assert.ok(r.ok);
  assert.equal(r.text, 'One\nTwo\nThree');
  assert.equal(r.encoding, 'utf-16le');
});

test('decodeSource falls back to a legacy encoding for text that is not UTF-8', () => {
  const r = decodeSource(Buffer.from(`Caf\xe9 ${ENGLISH}`, 'latin1'), 'a.txt');
  assert.ok(r.ok);
  assert.ok(r.text.startsWith('Café'));
});

test('decodeSource rejects an article in Spanish and names the language', () => {
  const es = 'Agentes de Inmigración y Control de Aduanas fueron enviados a la ciudad de Chicago el lunes, según funcionarios del Departamento de Seguridad Nacional. La operación, que comenzó la semana pasada, incluye a cientos de agentes de la Patrulla Fronteriza que llegaron desde Texas. Los residentes dijeron que tenían miedo de salir de sus casas.';
  const r = decodeSource(Buffer.from(es), 'a.txt');
  assert.equal(r.ok, false);
  assert.match((r as { reason: string }).reason, /Spanish/);
});

test('decodeSource sniffs the format from the name and the content', () => {
  assert.equal((decodeSource(Buffer.from(ENGLISH), 'a.md') as { format: string }).format, 'markdown');
  assert.equal((decodeSource(Buffer.from(`<!doctype html><p>${ENGLISH}</p>`), 'a.txt') as { format: string }).format, 'html');
});
