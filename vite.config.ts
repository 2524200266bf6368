import { existsSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { contentDefines, loadContent } from './scripts/content.ts';
import { linkPreview } from './scripts/link-preview.ts';

// A broken question bank fails `vite build` and shows in `vite dev` with the place and reason.
function validateContent(): Plugin {
  return {
    name: 'validate-content',
    buildStart() {
      const content = loadContent();
      if (!content.ok) this.error(`invalid content:\n${content.errors.join('\n')}`);
      this.addWatchFile('data/questions.json');
      this.addWatchFile('data/questions-v1.json');
      this.addWatchFile('data/article.json');
      this.addWatchFile('data/results.json');
    },
  };
}

// `vite preview` acts like a static host: a path is served by its prerendered page `<path>.html`
// where one exists (`/quiz/3` by `quiz/3.html`, as GitHub Pages, Netlify and Cloudflare Pages do),
// by the frame 404.html (which static hosts serve for unknown paths) otherwise, and an asset that
// is not in the build is a 404, not Vite's fallback page.
function previewAsStaticHost(base: string, outDir: string): Plugin {
  return {
    name: 'preview-as-static-host',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (url.pathname.startsWith(base)) {
          const rest = decodeURIComponent(url.pathname.slice(base.length)).replace(/\/$/, '');
          const inBuild = (file: string) => !file.split('/').includes('..') && existsSync(`${outDir}/${file}`);
          if (rest.startsWith('assets/') && !inBuild(rest)) {
            res.statusCode = 404;
            res.end('Not found');
            return;
          }
          if (rest !== '' && !inBuild(rest)) {
            req.url = `${base}${inBuild(`${rest}.html`) ? `${rest}.html` : '404.html'}${url.search}`;
          }
        }
        next();
      });
    },
  };
}

// A sub-path deployment needs an absolute base (`./` breaks deep links): BASE_PATH=/career-quiz/.
const base = process.env.BASE_PATH ?? '/';
const outDir = process.env.OUT_DIR ?? 'dist';
if (!base.startsWith('/') || !base.endsWith('/'))
  throw new Error(`BASE_PATH must start and end with a slash, got "${base}"`);

export default defineConfig({
  base,
  plugins: [react(), validateContent(), previewAsStaticHost(base, outDir), linkPreview(base, process.env.SITE_ORIGIN)],
  define: contentDefines(),
  build: {
    outDir,
    // No asset may become a data: URL, which the Content-Security-Policy would block.
    assetsInlineLimit: 0,
    target: 'es2022',
    modulePreload: { polyfill: false },
    // The one stylesheet, inlined into every page and its file removed (scripts/prerender.ts), as
    // one file outside the chunks: split per chunk, it becomes a dependency of every screen loaded
    // later, which then asks for the removed file and fails to load wherever the host says 404.
    cssCodeSplit: false,
  },
  preview: { port: 4173, strictPort: true },
});
