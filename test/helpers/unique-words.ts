// A word of random letters to make a test's text its own. Letters only: a run of random digits
// (Math.random(), Date.now()) reads as a phone number, which the board refuses in every field.

export function uniqueWord(): string {
  const letters = () =>
    Math.random()
      .toString(36)
      .replace(/[^a-z]/g, '');
  return (letters() + letters()).slice(0, 12);
}
