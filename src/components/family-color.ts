// A distinct, stable colour per family, by its position in the graph: the
// golden angle spreads hues so neighbouring columns never look alike.
export function familyColor(index: number): string {
  if (index < 0) return 'hsl(220 10% 55%)';
  const hue = Math.round((index * 137.508 + 210) % 360);
  return `hsl(${hue} 65% 45%)`;
}
