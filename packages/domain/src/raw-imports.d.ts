// Test files load fixtures as text through the test runner's `?raw` suffix.
declare module '*?raw' {
  const text: string;
  export default text;
}
