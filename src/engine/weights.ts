// The sum of an option's weights: the bank's own notion of which way, and how strongly, an answer
// leans (positive toward Engineering Manager). Shared by the engine and the bank validator.
export const weightSum = (weights: Readonly<Record<string, number>>): number =>
  Object.values(weights).reduce((sum, w) => sum + w, 0);
