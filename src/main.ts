import { mount } from 'svelte';
import App from './ui/App.svelte';
import { openRepository } from './storage/dexie.ts';
import './app.css';

mount(App, { target: document.getElementById('app')!, props: { openRepository: () => openRepository() } });

// Offline: the service worker precaches the built app (see vite-plugin-offline.ts).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  addEventListener('load', () => void navigator.serviceWorker.register('./sw.js').catch(() => {}));
}
