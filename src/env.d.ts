/** `import code from './x.js?minified'`: the file's source minified, as a string (src/vite-plugins/minified-script.mjs). */
declare module '*?minified' {
  const code: string;
  export default code;
}
