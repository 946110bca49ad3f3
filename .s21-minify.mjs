import { readFileSync } from 'node:fs';
import { minifySync } from 'vite';
import { gzipSync } from 'node:zlib';
const f = '/work/wt-search-21/src/client/page-inline.js';
const { code } = minifySync(f, readFileSync(f, 'utf8'), { compress: { target: 'es2015' }, mangle: true });
const filled = code.trim().replace('__PROGRESS_KEY__','hj-progress').replace('__PROGRESS_VERSION__','3').replace('__FONT_SIZE_KEY__','hj-font-size');
const boot = `{let d=document.documentElement,c=d.classList;c.add('js');try{let f=localStorage.getItem('hj-font-size');/^x?l$/.test(f)&&(d.dataset.fs=f);localStorage.getItem('hj-active-task')&&c.add('has-task')}catch(e){}}`;
console.log(filled.length, 'main gz', gzipSync(filled,{level:9}).length, 'with boot', gzipSync(boot+'\n'+filled,{level:9}).length);
if (process.argv[2]) console.log(filled);
