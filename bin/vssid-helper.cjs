#!/usr/bin/env node
'use strict';
// CommonJS on purpose: Node starts it faster than an ES module, and every run starts here.
// Node.js 22.1+ keeps compiled code between runs (faster start); Node.js 20 has no such cache.
require('node:module').enableCompileCache?.();
require('../dist/main.cjs');
