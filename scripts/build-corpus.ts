import { mkdirSync, writeFileSync } from 'node:fs';

// Placeholder until the glossary and corpus build land: an empty but well-formed corpus.
mkdirSync('public', { recursive: true });
writeFileSync('public/corpus.json', JSON.stringify({ version: '0', entities: [] }) + '\n');
