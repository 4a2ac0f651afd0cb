/** @azure/core-http-compat, loaded at its first use (../lazyPackage.js). */
module.exports = require('../../lazyPackage').lazyPackage('@azure/core-http-compat');
