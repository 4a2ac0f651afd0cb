/** @azure/identity, loaded at its first use (../lazyPackage.js). */
module.exports = require('../../lazyPackage').lazyPackage('@azure/identity');
