// Arithmetic on the bank's integer weights, shared by the engine and the bank validator: the sum of
// an option's weights (the bank's own notion of which way, and how strongly, an answer leans;
// positive toward Engineering Manager), and the common multiples that keep scoring exact.
export const weightSum = (weights: Readonly<Record<string, number>>): number =>
  Object.values(weights).reduce((sum, w) => sum + w, 0);

export const gcd = (a: number, b: number): number => {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
};

/** The least common multiple; a zero stands aside (lcm(0, n) is n). */
export const lcm = (a: number, b: number): number => (a === 0 || b === 0 ? Math.max(a, b) : (a / gcd(a, b)) * b);
