import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { questionBank } from './vite-plugin-bank.ts';
import { offline } from './vite-plugin-offline.ts';

export default defineConfig({
  plugins: [svelte(), questionBank(), offline(), svelteTesting()],
  base: './',
  build: { target: 'es2022', sourcemap: false },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    // Tests that compile the real question bank (three exam codes, parsed formatting) take seconds on a 2-core CI box.
    testTimeout: 30_000,
  },
});
