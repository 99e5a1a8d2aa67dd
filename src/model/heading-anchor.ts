// The anchor a handbook renderer gives a heading: like a slug, but punctuation is
// dropped rather than turned into a hyphen, as Hugo/Kramdown do ("Manager, CSM" →
// "manager-csm"). One definition for the compiler (role anchors) and the app (links
// in page text that point at a role's heading).

export function headingAnchor(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}
