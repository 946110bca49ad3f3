/** `import code from './x.js?minified'`: the file's source minified, as a string (src/vite-plugins/minified-script.mjs). */
declare module '*?minified' {
  const code: string;
  export default code;
}
/** `import src from './x.ts?one-file'`: the URL of x.ts bundled into one file (src/vite-plugins/one-file-script.mjs). */
declare module '*?one-file' {
  const src: string;
  export default src;
}
