/** @azure/msal-node, loaded at its first use (../lazyPackage.js). */
module.exports = require('../../lazyPackage').lazyPackage('@azure/msal-node');
