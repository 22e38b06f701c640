/** Vite turns `import x from 'file?url'` into the built file's address. */
declare module '*?url' {
  const url: string;
  export default url;
}
