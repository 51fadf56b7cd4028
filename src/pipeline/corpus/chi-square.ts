/**
 * The chi-square survival function with one degree of freedom, for the p-values of keyness.csv:
 * P(X > x) = erfc(√(x/2)). `erfc` is computed from a series of erf below 2 and by its continued fraction
 * (modified Lentz) from 2 on, which keeps full relative precision far into the tail (p ≈ 1e-300).
 */

const SQRT_PI = Math.sqrt(Math.PI);

/** P(X > x) for X ~ χ²(1). 1 for x ≤ 0. */
export function chiSquareSf1(x: number): number {
  return x <= 0 ? 1 : erfc(Math.sqrt(x / 2));
}

/** The complementary error function for z ≥ 0 (relative error ≈ 1e-15). */
export function erfc(z: number): number {
  if (z < 0) return 2 - erfc(-z);
  if (z < 2) return 1 - erfSeries(z);
  return (Math.exp(-z * z) / SQRT_PI) * continuedFraction(z);
}

/** erf(z) = 2/√π · e^(−z²) · Σ 2ⁿ z^(2n+1) / (1·3·…·(2n+1)) — positive terms, no cancellation. */
function erfSeries(z: number): number {
  let term = z;
  let sum = z;
  for (let n = 1; n < 200; n++) {
    term *= (2 * z * z) / (2 * n + 1);
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  return (2 / SQRT_PI) * Math.exp(-z * z) * sum;
}

/** 1 / (z + (1/2) / (z + 1 / (z + (3/2) / (z + 2 / (z + …))))), evaluated by modified Lentz. */
function continuedFraction(z: number): number {
  const tiny = 1e-300;
  let f = z;
  let c = z;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    const a = k / 2;
    d = z + a * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = z + a / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return 1 / f;
}
