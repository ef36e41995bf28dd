/**
 * A GB18030 encoder for test fixtures. Node has only the decoder (TextEncoder is
 * UTF-8 only), so the table is built by decoding every two-byte code once
 * (lead 0x81–0xFE, trail 0x40–0x7E/0x80–0xFE) and inverting the result. That covers
 * GBK — every character a township report uses; four-byte codes are not needed.
 */
let table: Map<string, [number, number]> | null = null;

function buildTable(): Map<string, [number, number]> {
  const map = new Map<string, [number, number]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  return map;
}

export function encodeGb18030(text: string): Uint8Array {
  table ??= buildTable();
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) {
      out.push(c);
      continue;
    }
    const pair = table.get(ch);
    if (!pair) throw new Error(`encodeGb18030: no two-byte code for ${ch}`);
    out.push(pair[0], pair[1]);
  }
  return new Uint8Array(out);
}
