import { mount } from 'svelte';
import App from './ui/App.svelte';
import { openRepository } from './storage/dexie.ts';
import './app.css';

mount(App, { target: document.getElementById('app')!, props: { openRepository: () => openRepository() } });
