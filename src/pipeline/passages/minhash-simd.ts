/**
 * The minima of minhash.ts's hash functions in WebAssembly SIMD: four functions per 128-bit lane operation, so that
 * the 24 functions take 6 multiply–add–min steps per bigram instead of 24 (the hashing was half of each document's
 * passage fingerprints). Same arithmetic as the scalar loop — 32-bit wrapping multiply and add, signed minimum —
 * hence the same values; minhash.ts keeps the scalar loop for keys longer than the module's memory and for an
 * engine without SIMD.
 *
 * The module is assembled here from its instructions rather than shipped as a binary: it is one function of a few
 * dozen instructions, and this way it can be read. In WebAssembly text it is:
 *
 *   (func (export "minima") (param $n i32)
 *     a0…a5, b0…b5 := v128.load (MULTIPLIERS + 16k), v128.load (OFFSETS + 16k)
 *     m0…m5 := i32x4 0x7fffffff
 *     for p from INPUT to INPUT + 4n step 4:
 *       v := i32x4.splat (i32.load p)
 *       m_k := i32x4.min_s m_k (i32x4.add (i32x4.mul v a_k) b_k)      ;; k = 0…5
 *     v128.store (MINIMA + 16k) m_k)
 */

/** A compiled `minima`: write the mixed bigrams to `input`, call `minima(n)`, read the `ROWS · BANDS` minima from `output`. */
export interface SimdMinima {
  minima(n: number): void;
  input: Int32Array;
  output: Int32Array;
  /** The most bigrams `input` holds. */
  capacity: number;
}

/** The little of the WebAssembly API used here: the TypeScript libraries of this project (ES2023, Node) do not declare it. */
declare const WebAssembly: {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: { minima: (n: number) => void; memory: { buffer: ArrayBuffer } } };
};

/** Byte offsets in the module's memory: the constants, the minima written, the bigrams read. */
const MULTIPLIERS = 0;
const OFFSETS = 96;
const MINIMA = 192;
const INPUT = 512;
/** Two pages of 64 KB: keys of up to 32,640 bigrams (a sentence has some tens). */
const PAGES = 2;
const VECTORS = 6;

const op = {
  block: 0x02, loop: 0x03, end: 0x0b, brIf: 0x0d, localGet: 0x20, localSet: 0x21, i32Load: 0x28, i32Const: 0x41,
  i32LtU: 0x49, i32GeU: 0x4f, i32Add: 0x6a, i32Shl: 0x74, void: 0x40, i32: 0x7f, v128: 0x7b,
};
/** The SIMD instructions used, after their 0xfd prefix. */
const simd = { v128Load: 0x00, v128Store: 0x0b, v128Const: 0x0c, i32x4Splat: 0x11, i32x4Add: 0xae, i32x4Mul: 0xb5, i32x4MinS: 0xb6 };

/**
 * `minima` with the hash functions' multipliers and offsets (24 each, as minhash.ts applies them), or null where
 * WebAssembly SIMD is not available.
 */
export function simdMinima(multipliers: Int32Array, offsets: Int32Array): SimdMinima | null {
  const bytes = moduleBytes();
  if (typeof WebAssembly === 'undefined' || !WebAssembly.validate(bytes)) return null;
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes));
  const words = new Int32Array(exports.memory.buffer);
  words.set(multipliers, MULTIPLIERS / 4);
  words.set(offsets, OFFSETS / 4);
  return {
    minima: exports.minima,
    input: words.subarray(INPUT / 4),
    output: words.subarray(MINIMA / 4, MINIMA / 4 + 4 * VECTORS),
    capacity: (words.byteLength - INPUT) / 4,
  };
}

function moduleBytes(): Uint8Array {
  // locals: 0 n (the parameter), 1 p, 2 end, 3 v, then m0…m5, a0…a5, b0…b5
  const [p, end, v] = [1, 2, 3];
  const m = (k: number) => 4 + k;
  const a = (k: number) => 4 + VECTORS + k;
  const b = (k: number) => 4 + 2 * VECTORS + k;
  const vector = (instruction: number) => [0xfd, ...uleb(instruction)];
  const memarg = (offset: number) => [4, ...uleb(offset)]; // 16-byte aligned, at `offset`
  const body: number[] = [];
  for (let k = 0; k < VECTORS; k++) {
    body.push(op.i32Const, 0, ...vector(simd.v128Load), ...memarg(MULTIPLIERS + 16 * k), op.localSet, a(k));
    body.push(op.i32Const, 0, ...vector(simd.v128Load), ...memarg(OFFSETS + 16 * k), op.localSet, b(k));
    body.push(...vector(simd.v128Const), ...Array(4).fill([0xff, 0xff, 0xff, 0x7f]).flat(), op.localSet, m(k));
  }
  body.push(op.i32Const, ...sleb(INPUT), op.localSet, p);
  body.push(op.localGet, 0, op.i32Const, 2, op.i32Shl, op.i32Const, ...sleb(INPUT), op.i32Add, op.localSet, end);
  body.push(op.block, op.void, op.localGet, p, op.localGet, end, op.i32GeU, op.brIf, 0, op.loop, op.void);
  body.push(op.localGet, p, op.i32Load, 2, 0, ...vector(simd.i32x4Splat), op.localSet, v);
  for (let k = 0; k < VECTORS; k++) {
    body.push(op.localGet, m(k), op.localGet, v, op.localGet, a(k), ...vector(simd.i32x4Mul), op.localGet, b(k), ...vector(simd.i32x4Add));
    body.push(...vector(simd.i32x4MinS), op.localSet, m(k));
  }
  body.push(op.localGet, p, op.i32Const, 4, op.i32Add, op.localSet, p, op.localGet, p, op.localGet, end, op.i32LtU, op.brIf, 0, op.end, op.end);
  for (let k = 0; k < VECTORS; k++) body.push(op.i32Const, 0, op.localGet, m(k), ...vector(simd.v128Store), ...memarg(MINIMA + 16 * k));
  body.push(op.end);
  const code = [2, 2, op.i32, 1 + 3 * VECTORS, op.v128, ...body]; // locals: 2 × i32, 19 × v128
  const name = (s: string) => [s.length, ...Array.from(s, (c) => c.charCodeAt(0))];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 1, op.i32, 0]), // one type: (i32) → ()
    ...section(3, [1, 0]), // one function, of that type
    ...section(5, [1, 0, PAGES]), // one memory of PAGES pages
    ...section(7, [2, ...name('minima'), 0, 0, ...name('memory'), 2, 0]),
    ...section(10, [1, ...uleb(code.length), ...code]),
  ]);
}

function section(id: number, content: number[]): number[] {
  return [id, ...uleb(content.length), ...content];
}

/** Unsigned LEB128. */
function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    const low = n & 0x7f;
    n >>>= 7;
    out.push(n === 0 ? low : low | 0x80);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 (small non-negative constants here). */
function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const low = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (low & 0x40) === 0) || (n === -1 && (low & 0x40) !== 0)) return [...out, low];
    out.push(low | 0x80);
  }
}
