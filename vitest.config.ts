import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentDefines } from './scripts/content.ts';

export default defineConfig({
  plugins: [react()],
  define: contentDefines(),
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30_000,
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
