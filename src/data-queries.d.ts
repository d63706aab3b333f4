// Data files imported with a query that the data plugin answers (src/lib/data/dataPlugin.ts).
declare module '$data/story.json?embed' {
  const value: unknown;
  export default value;
}
declare module '$data/sources.json?embed' {
  const value: unknown;
  export default value;
}
declare module '$data/measures.json?embed' {
  const value: unknown;
  export default value;
}
