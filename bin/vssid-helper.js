#!/usr/bin/env node
import module from 'node:module';

// Node.js 22.1+ keeps compiled code between runs (faster start); Node.js 20 has no such cache.
module.enableCompileCache?.();
await import('../dist/main.js');
