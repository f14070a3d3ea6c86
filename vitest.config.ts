import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit tests only: the crx plugin is for the extension build, not for Node.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});
